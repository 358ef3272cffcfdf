# Tests of the Windows build under Wine (included from tests/CMakeLists.txt when
# cross-compiling). Every test of this directory runs in one throwaway Wine
# prefix inside the build tree, created once per test run by the fixture below.
set(_sg_wine_dir "${CMAKE_CURRENT_LIST_DIR}")

add_test(NAME wine.prefix
  COMMAND "${_sg_wine_dir}/prefix-setup.sh" "${SHAREGUARD_WINE_PREFIX}")
set_tests_properties(wine.prefix PROPERTIES FIXTURES_SETUP wine_prefix)
add_test(NAME wine.prefix_shutdown
  COMMAND "${_sg_wine_dir}/prefix-shutdown.sh" "${SHAREGUARD_WINE_PREFIX}")
set_tests_properties(wine.prefix_shutdown PROPERTIES FIXTURES_CLEANUP wine_prefix)

# End to end on Wine's registry, through the programs as shipped. They change
# HKLM of the shared prefix, so they never run at the same time (RESOURCE_LOCK).
set(_sg_wine_work "${CMAKE_CURRENT_BINARY_DIR}/wine-work")

set(_sg_wine_e2e_tests wine.e2e_detection wine.e2e_regedit_roundtrip)
foreach(profile locked-down sql-server-host)
  add_test(NAME wine.e2e_apply_restore.${profile}
    COMMAND ${CMAKE_COMMAND}
      -DWINE_PREFIX=${SHAREGUARD_WINE_PREFIX} -DCLI=$<TARGET_FILE:shareguard-cli>
      -DWORK_DIR=${_sg_wine_work}/apply-restore-${profile} -DPROFILE=${profile}
      -P "${_sg_wine_dir}/e2e_apply_restore.cmake")
  list(APPEND _sg_wine_e2e_tests wine.e2e_apply_restore.${profile})
endforeach()
add_test(NAME wine.e2e_fleet_reg
  COMMAND ${CMAKE_COMMAND}
    -DWINE_PREFIX=${SHAREGUARD_WINE_PREFIX} -DCLI=$<TARGET_FILE:shareguard-cli>
    -DWORK_DIR=${_sg_wine_work}/fleet-reg
    -P "${_sg_wine_dir}/e2e_fleet_reg.cmake")
list(APPEND _sg_wine_e2e_tests wine.e2e_fleet_reg)
add_test(NAME wine.e2e_detection
  COMMAND ${CMAKE_COMMAND}
    -DWINE_PREFIX=${SHAREGUARD_WINE_PREFIX} -DCLI=$<TARGET_FILE:shareguard-cli>
    -P "${_sg_wine_dir}/e2e_detection.cmake")

# regedit /E exports of HKLM\SYSTEM and HKLM\SOFTWARE through the engine's .reg reader and writer.
add_executable(sg_reg_roundtrip "${_sg_wine_dir}/reg_roundtrip.cpp")
target_link_libraries(sg_reg_roundtrip PRIVATE ShareGuard::engine shareguard_warnings)
target_link_options(sg_reg_roundtrip PRIVATE -municode)
add_test(NAME wine.e2e_regedit_roundtrip
  COMMAND ${CMAKE_COMMAND}
    -DWINE_PREFIX=${SHAREGUARD_WINE_PREFIX} -DTOOL=$<TARGET_FILE:sg_reg_roundtrip>
    -DWORK_DIR=${_sg_wine_work}/regedit-roundtrip
    -P "${_sg_wine_dir}/e2e_regedit_roundtrip.cmake")

set_tests_properties(${_sg_wine_e2e_tests} PROPERTIES RESOURCE_LOCK wine_hklm)

# The session layer's Windows actions (app/session/windows_*_win.cpp): the
# "runas" relaunch and the service restart, against Wine's real shell and
# Service Control Manager.
if(TARGET shareguard_win_actions)
  add_executable(sg_test_service "${_sg_wine_dir}/sg_test_service.cpp")
  target_link_libraries(sg_test_service PRIVATE ShareGuard::engine advapi32 shareguard_warnings)
  target_link_options(sg_test_service PRIVATE -municode)

  add_executable(sg_win_actions_tests
    "${_sg_wine_dir}/win_actions_main.cpp"
    "${_sg_wine_dir}/argv_marker.h"
    "${_sg_wine_dir}/test_argument_quoting.cpp"
    "${_sg_wine_dir}/test_run_elevated.cpp"
    "${_sg_wine_dir}/test_service_restart.cpp")
  target_include_directories(sg_win_actions_tests PRIVATE "${PROJECT_SOURCE_DIR}/tests")
  target_link_libraries(sg_win_actions_tests PRIVATE shareguard_win_actions doctest::doctest shareguard_warnings)
  # The service test installs sg_test_service.exe from next to itself.
  add_dependencies(sg_win_actions_tests sg_test_service)
  set_target_properties(sg_test_service sg_win_actions_tests PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/win-actions")

  foreach(suite argument_quoting run_elevated service_restart live_facts)
    add_test(NAME wine.${suite} COMMAND sg_win_actions_tests --test-suite=${suite} --no-intro)
  endforeach()
  # Services live in the prefix's one SCM registry (HKLM\System\CurrentControlSet\Services).
  set_tests_properties(wine.service_restart wine.live_facts PROPERTIES RESOURCE_LOCK wine_hklm)
endif()

# Every other test of this directory (the engine suites, added with
# sg_add_suite anywhere in tests/CMakeLists.txt) needs the prefix: attach the
# fixture once the whole directory has been read.
function(sg_wine_require_prefix)
  get_directory_property(tests TESTS)
  list(REMOVE_ITEM tests wine.prefix wine.prefix_shutdown engine.has_no_wx)
  if(tests)
    set_tests_properties(${tests} PROPERTIES FIXTURES_REQUIRED wine_prefix)
  endif()
  if(engine.live_registry IN_LIST tests)
    set_tests_properties(engine.live_registry PROPERTIES RESOURCE_LOCK wine_hklm)
  endif()
endfunction()
cmake_language(DEFER CALL sg_wine_require_prefix)
