# The shipped wizard carries no test driver: none of the self-test's switches,
# modes or environment hooks appear in its binary, in 8-bit or UTF-16 strings
# (wxMSW's wxS("...") literals are UTF-16). The tests' own program (CONTROL)
# must show them, or this check could not see them at all.
#   cmake -DEXE=<ShareGuard.exe> -DCONTROL=<shareguard-gui-test> -P check_no_test_driver.cmake
foreach(var EXE CONTROL)
  if(NOT EXISTS "${${var}}")
    message(FATAL_ERROR "no such file: ${var}=${${var}}")
  endif()
endforeach()

set(markers "self-test" "screenshots" "walk-keys" "live-restart-undo" "SHAREGUARD_SELF_TEST" "pretend")
set(pattern "self-test|screenshots|walk-keys|live-restart-undo|SHAREGUARD_SELF_TEST|pretend")

function(markers_in file out)
  file(STRINGS "${file}" narrow REGEX "${pattern}")
  file(STRINGS "${file}" wide REGEX "${pattern}" ENCODING UTF-16LE)
  set(found "")
  foreach(m IN LISTS markers)
    if("${narrow};${wide}" MATCHES "${m}")
      list(APPEND found "${m}")
    endif()
  endforeach()
  set(${out} "${found}" PARENT_SCOPE)
endfunction()

markers_in("${CONTROL}" in_control)
list(LENGTH in_control n)
if(n LESS 3)
  message(FATAL_ERROR "the check sees too little in the test program ${CONTROL} (found: ${in_control}): "
                      "it could not tell a driver in the shipped program either")
endif()
markers_in("${EXE}" in_shipped)
if(in_shipped)
  message(FATAL_ERROR "the shipped wizard ${EXE} carries test-driver strings: ${in_shipped}")
endif()
message(STATUS "no test driver in ${EXE} (the test program shows: ${in_control})")
