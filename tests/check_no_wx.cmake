# Fails when any engine source includes a wxWidgets header.
file(GLOB_RECURSE sources "${DIR}/*.h" "${DIR}/*.cpp")  # a check, not a build list
set(offenders "")
foreach(f IN LISTS sources)
  file(STRINGS "${f}" hits REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]wx/")
  if(hits)
    list(APPEND offenders "${f}: ${hits}")
  endif()
endforeach()
if(offenders)
  message(FATAL_ERROR "wxWidgets included in the engine:\n${offenders}")
endif()
list(LENGTH sources n)
message(STATUS "checked ${n} engine files: no wx includes")
