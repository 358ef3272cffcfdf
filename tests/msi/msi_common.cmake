# Helpers for the MSI tests (cmake -P scripts): the package's tables as msiinfo
# (msitools, an independent reader of the file wixl wrote) exports them, and
# the installed tree they are checked against.
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/../wine/wine_common.cmake")

# sg_msi_table(<rows-var> <msi> <table>): the rows of `msiinfo export <msi> <table>`
# (its three header lines dropped), one list item per row, fields separated by
# tabs. A table with a binary column (Icon) also writes each stream to
# <SG_MSI_EXPORT_DIR>/<table>/<the Data field> (the current folder if unset). Characters CMake lists treat specially (\\ ; [ ]) are kept as placeholders
# until sg_msi_field hands a field out.
function(sg_msi_table rows_var msi table)
  if(NOT SG_MSI_EXPORT_DIR)
    set(SG_MSI_EXPORT_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  endif()
  file(MAKE_DIRECTORY "${SG_MSI_EXPORT_DIR}")
  execute_process(COMMAND msiinfo export "${msi}" "${table}" WORKING_DIRECTORY "${SG_MSI_EXPORT_DIR}"
                  RESULT_VARIABLE result OUTPUT_VARIABLE text ERROR_VARIABLE errors)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "msiinfo export ${msi} ${table} failed (${result}): ${errors}")
  endif()
  string(REPLACE "\r\n" "\n" text "${text}")
  string(REPLACE "\\" "<sg-backslash>" text "${text}")  # before ';' (\; escapes a list separator)
  string(REPLACE ";" "<sg-semicolon>" text "${text}")
  string(REPLACE "[" "<sg-open>" text "${text}")
  string(REPLACE "]" "<sg-close>" text "${text}")
  string(REPLACE "\n" ";" rows "${text}")
  list(FILTER rows EXCLUDE REGEX "^$")
  list(LENGTH rows count)
  if(count LESS 3)
    message(FATAL_ERROR "msiinfo export ${msi} ${table}: no header (is there such a table?)")
  endif()
  list(REMOVE_AT rows 0 1 2)
  set(${rows_var} "${rows}" PARENT_SCOPE)
endfunction()

# sg_msi_field(<out> <row> <index>): one field of a row, placeholders undone.
function(sg_msi_field out row index)
  string(REPLACE "\t" ";" fields "${row}")
  list(LENGTH fields count)
  if(index GREATER_EQUAL count)
    set(value "")
  else()
    list(GET fields ${index} value)
  endif()
  string(REPLACE "<sg-semicolon>" ";" value "${value}")
  string(REPLACE "<sg-backslash>" "\\" value "${value}")
  string(REPLACE "<sg-open>" "[" value "${value}")
  string(REPLACE "<sg-close>" "]" value "${value}")
  set(${out} "${value}" PARENT_SCOPE)
endfunction()

# sg_msi_lookup(<out> <rows> <key-index> <key> <value-index>): the value of the
# first row whose key field equals <key>; "<absent>" when no row has it.
function(sg_msi_lookup out rows key_index key value_index)
  foreach(row IN LISTS rows)
    sg_msi_field(k "${row}" ${key_index})
    if(k STREQUAL key)
      sg_msi_field(v "${row}" ${value_index})
      set(${out} "${v}" PARENT_SCOPE)
      return()
    endif()
  endforeach()
  set(${out} "<absent>" PARENT_SCOPE)
endfunction()

# The long name of a Filename or DefaultDir field ("short|long", or "target:source").
function(sg_msi_long_name out field)
  string(REGEX REPLACE ":.*$" "" field "${field}")
  string(REGEX REPLACE "^[^|]*\\|" "" field "${field}")
  set(${out} "${field}" PARENT_SCOPE)
endfunction()

# sg_tree_files(<out> <tree>): every file below <tree>, relative, '/'-separated, sorted.
function(sg_tree_files out tree)
  file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${tree}" "${tree}/*")
  list(SORT files)
  set(${out} "${files}" PARENT_SCOPE)
endfunction()

# The version after <version>: the patch number plus one.
function(sg_next_patch_version out version)
  if(NOT version MATCHES "^([0-9]+)\\.([0-9]+)\\.([0-9]+)$")
    message(FATAL_ERROR "not a major.minor.patch version: ${version}")
  endif()
  math(EXPR patch "${CMAKE_MATCH_3} + 1")
  set(${out} "${CMAKE_MATCH_1}.${CMAKE_MATCH_2}.${patch}" PARENT_SCOPE)
endfunction()
