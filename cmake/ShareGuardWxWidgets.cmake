# sg_add_wx_target(<name> <component>... [OPTIONAL]): an INTERFACE target for
# the named wxWidgets components, whatever form find_package gave them in: an
# imported wxWidgets::wxWidgets, or the variables of FindwxWidgets (wxGTK via
# Debian's wx-config, the cross-built static wxMSW via its own). Sets
# <name>_FOUND in the caller; OPTIONAL: no error when wx is missing.
include_guard(GLOBAL)

function(sg_add_wx_target name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "OPTIONAL" "" "")
  if(arg_OPTIONAL)
    find_package(wxWidgets 3.2 COMPONENTS ${arg_UNPARSED_ARGUMENTS})
  else()
    find_package(wxWidgets 3.2 REQUIRED COMPONENTS ${arg_UNPARSED_ARGUMENTS})
  endif()
  set(${name}_FOUND ${wxWidgets_FOUND} PARENT_SCOPE)
  if(NOT wxWidgets_FOUND)
    return()
  endif()
  add_library(${name} INTERFACE)
  if(TARGET wxWidgets::wxWidgets)
    target_link_libraries(${name} INTERFACE wxWidgets::wxWidgets)
  else()
    target_include_directories(${name} SYSTEM INTERFACE ${wxWidgets_INCLUDE_DIRS})
    target_compile_definitions(${name} INTERFACE ${wxWidgets_DEFINITIONS}
                               $<$<CONFIG:Debug>:${wxWidgets_DEFINITIONS_DEBUG}>)
    separate_arguments(cxx_flags UNIX_COMMAND "${wxWidgets_CXX_FLAGS}")
    # Only for C++: windres (the RC compiler) rejects flags such as -mthreads.
    target_compile_options(${name} INTERFACE "$<$<COMPILE_LANGUAGE:CXX>:${cxx_flags}>")
    target_link_libraries(${name} INTERFACE ${wxWidgets_LIBRARIES})
  endif()
endfunction()
