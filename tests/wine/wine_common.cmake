# Helpers for the end-to-end scripts in tests/wine (run with cmake -P): every
# program is started with an argument list (execute_process), never through a
# shell string. Each script takes -D variables; sg_require_vars() checks them.
cmake_minimum_required(VERSION 3.25)

macro(sg_require_vars)
  foreach(_sg_var ${ARGN})
    if(NOT DEFINED ${_sg_var} OR "${${_sg_var}}" STREQUAL "")
      message(FATAL_ERROR "missing -D${_sg_var}=...")
    endif()
  endforeach()
endmacro()

# The same environment as tests/wine/wine-env.sh.
function(sg_wine_env prefix)
  if(NOT EXISTS "${prefix}/system.reg")
    message(FATAL_ERROR "no Wine prefix at ${prefix} (the CTest fixture wine.prefix creates it)")
  endif()
  set(ENV{WINEPREFIX} "${prefix}")
  set(ENV{WINEDEBUG} "-all")
  set(ENV{WINEDLLOVERRIDES} "mscoree,mshtml=")
  unset(ENV{DISPLAY})
  unset(ENV{WAYLAND_DISPLAY})
endfunction()

# sg_wine(<result-var> <output-var> <program> [args...]): runs `wine <program> args`,
# stdout in <output-var> (CR LF folded to LF), stderr echoed to the test log.
function(sg_wine result_var output_var)
  # Wine's launcher now and then fails to start a program when the machine is
  # busy ("Application could not be started ... ShellExecuteEx failed"); that
  # is Wine, not the program under test, so it gets two more tries.
  foreach(attempt 1 2 3)
    execute_process(COMMAND wine ${ARGN}
      RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
    if(NOT output MATCHES "ShellExecuteEx failed" AND NOT errors MATCHES "ShellExecuteEx failed")
      break()
    endif()
    message(STATUS "Wine could not start ${ARGV2} (attempt ${attempt}); retrying")
  endforeach()
  string(REPLACE "\r\n" "\n" output "${output}")
  if(NOT errors STREQUAL "")
    message(STATUS "stderr of wine ${ARGN}:\n${errors}")
  endif()
  set(${result_var} "${result}" PARENT_SCOPE)
  set(${output_var} "${output}" PARENT_SCOPE)
endfunction()

# Like sg_wine, but the command must exit with one of the codes in EXPECT (default 0).
function(sg_wine_ok output_var)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "EXPECT;COMMAND")
  if(NOT arg_EXPECT)
    set(arg_EXPECT 0)
  endif()
  sg_wine(result output ${arg_COMMAND})
  if(NOT result IN_LIST arg_EXPECT)
    message(FATAL_ERROR "wine ${arg_COMMAND}\nexited with ${result}, expected ${arg_EXPECT}; output:\n${output}")
  endif()
  set(${output_var} "${output}" PARENT_SCOPE)
endfunction()

# Waits for the prefix's wineserver to write the registry to disk (it saves the
# hives lazily), so files compared afterwards are final.
function(sg_wine_settle)
  execute_process(COMMAND wineserver -w)
endfunction()

function(sg_fail)
  string(JOIN "" text ${ARGN})
  message(FATAL_ERROR "${text}")
endfunction()

# Checks that take values, not variable names (if() would dereference a quoted
# literal that happens to name a variable).
function(sg_expect_equal what actual expected)
  if(NOT "${actual}" STREQUAL "${expected}")
    message(FATAL_ERROR "check failed: ${what}\n  got:      '${actual}'\n  expected: '${expected}'")
  endif()
endfunction()

function(sg_expect_greater what actual minimum)
  if(NOT "${actual}" GREATER "${minimum}")
    message(FATAL_ERROR "check failed: ${what} (${actual} is not greater than ${minimum})")
  endif()
endfunction()

# sg_expect_listed(<what> <item> <YES|NO> <list items...>)
function(sg_expect_listed what item expected)
  set(items ${ARGN})
  if("${item}" IN_LIST items)
    set(listed YES)
  else()
    set(listed NO)
  endif()
  if(NOT listed STREQUAL expected)
    message(FATAL_ERROR "check failed: ${what}: '${item}' listed ${listed}, expected ${expected}; list: ${items}")
  endif()
endfunction()

# Unix path -> the Windows path Wine programs see (Z:\...), and back. Windows
# programs get Windows paths: a Unix path's leading '/' reads as a switch.
function(sg_winepath out path)
  execute_process(COMMAND winepath -w "${path}" RESULT_VARIABLE result OUTPUT_VARIABLE converted
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT result EQUAL 0 OR converted STREQUAL "")
    message(FATAL_ERROR "winepath -w ${path} failed")
  endif()
  set(${out} "${converted}" PARENT_SCOPE)
endfunction()

function(sg_unixpath out path)
  execute_process(COMMAND winepath -u "${path}" RESULT_VARIABLE result OUTPUT_VARIABLE converted
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT result EQUAL 0 OR converted STREQUAL "")
    message(FATAL_ERROR "winepath -u ${path} failed")
  endif()
  set(${out} "${converted}" PARENT_SCOPE)
endfunction()

# sg_reg_export(<key> <file>): Wine's regedit /E of one key (and its subkeys).
function(sg_reg_export key file)
  file(REMOVE "${file}")
  sg_winepath(windows_file "${file}")
  sg_wine_ok(ignored COMMAND regedit /E "${windows_file}" "${key}")
  if(NOT EXISTS "${file}")
    message(FATAL_ERROR "regedit /E wrote no ${file} for ${key}")
  endif()
endfunction()

# sg_reg_query(<out-type> <out-data> <key> <value-name>): Wine's own `reg query`;
# type is "" when the value is absent. Data as reg prints it (REG_DWORD: 0x..;
# REG_MULTI_SZ: items joined with the two characters \0).
function(sg_reg_query out_type out_data key name)
  sg_wine(result output reg query "${key}" /v "${name}")
  set(type "")
  set(data "")
  if(result EQUAL 0)
    # Walk the lines by hand: data may hold ';', which a CMake list would split.
    set(marker "\n    ${name}    REG_")
    string(FIND "\n${output}" "${marker}" at)
    if(at GREATER -1)
      string(LENGTH "\n    ${name}    " skip)
      math(EXPR from "${at} + ${skip}")
      string(SUBSTRING "\n${output}" ${from} -1 rest)
      string(FIND "${rest}" "\n" eol)
      string(SUBSTRING "${rest}" 0 ${eol} line)
      string(FIND "${line}" "    " gap)
      if(gap EQUAL -1)
        set(type "${line}")
      else()
        string(SUBSTRING "${line}" 0 ${gap} type)
        math(EXPR from "${gap} + 4")
        string(SUBSTRING "${line}" ${from} -1 data)
      endif()
    endif()
    if(type STREQUAL "")
      message(FATAL_ERROR "reg query ${key} /v ${name}: cannot read its output:\n${output}")
    endif()
  endif()
  set(${out_type} "${type}" PARENT_SCOPE)
  set(${out_data} "${data}" PARENT_SCOPE)
endfunction()

# sg_json_get(<out> <json> <path...>): string(JSON GET) that fails the test with
# the document when the member is missing.
function(sg_json_get out json)
  string(JSON value ERROR_VARIABLE error GET "${json}" ${ARGN})
  if(error)
    message(FATAL_ERROR "JSON: ${error}\nin:\n${json}")
  endif()
  set(${out} "${value}" PARENT_SCOPE)
endfunction()
