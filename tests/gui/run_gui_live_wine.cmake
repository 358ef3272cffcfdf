# The wizard on this computer's registry, under Wine: ShareGuard.exe without
# --snapshot works on the registry of a throwaway Wine prefix of its own. It
# walks from Welcome to Finish (the recommendation, less the rows that need a
# reboot), restarts the Server service from the Finish page, then
# Undo; the registry must come back byte-identical (regedit /E) and the
# service must have been stopped and started again.
#   cmake -DGUI=<ShareGuard.exe> -DSERVICE=<sg_test_service.exe> -DWORK=<folder>
#         -DWINE_DIR=<tests/wine> -P run_gui_live_wine.cmake
include("${CMAKE_CURRENT_LIST_DIR}/../wine/wine_common.cmake")
sg_require_vars(GUI SERVICE WORK WINE_DIR)

# A prefix of its own: the test replaces the prefix's Server service.
set(prefix "${WORK}/wine-prefix")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${WINE_DIR}/prefix-setup.sh" "${prefix}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  sg_fail("could not create the Wine prefix ${prefix}")
endif()
sg_wine_env("${prefix}")

# Wine's own LanmanServer cannot run (its srvsvc is a stub): in its place, a
# service that logs each start and stop, with the Parameters key the real one has.
# It starts automatically: Wine ends a prefix's services with the last program,
# so each wine call below starts it again (and ends it without a "stop" line).
set(server_key "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer")
set(lsa_key "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa")
set(log "${WORK}/server-service.log")
sg_winepath(service_for_wine "${SERVICE}")
sg_winepath(log_for_wine "${log}")
sg_wine_ok(ignored COMMAND sc delete LanmanServer)
sg_wine_ok(ignored COMMAND sc create LanmanServer "binPath=" "\"${service_for_wine}\" \"${log_for_wine}\"" "start=" auto)
sg_wine_ok(ignored COMMAND reg add "${server_key}\\Parameters" /f)

sg_wine_settle()
sg_reg_export("${server_key}\\Parameters" "${WORK}/before-server.reg")
sg_reg_export("${lsa_key}" "${WORK}/before-lsa.reg")

sg_winepath(backups_for_wine "${WORK}/backups")
sg_winepath(shots_for_wine "${WORK}/screenshots")
sg_wine_settle()
file(WRITE "${log}" "")  # from here on, only what happens while the wizard runs
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env SHAREGUARD_WINE_DISPLAY=xvfb
          "${WINE_DIR}/run-in-wine.sh" "${prefix}" "${GUI}" --backup-dir "${backups_for_wine}"
          --self-test=live-restart-undo --screenshots "${shots_for_wine}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 240)
message(STATUS "${out}${err}")
if(NOT rc EQUAL 0)
  sg_fail("the tests' wizard program --self-test=live-restart-undo failed (${rc})")
endif()
sg_wine_settle()
file(STRINGS "${log}" events REGEX "^(start|stop) ")

# Undo put every value back: the exports match byte for byte.
sg_wine_settle()
sg_reg_export("${server_key}\\Parameters" "${WORK}/after-server.reg")
sg_reg_export("${lsa_key}" "${WORK}/after-lsa.reg")
foreach(part server lsa)
  file(SHA256 "${WORK}/before-${part}.reg" before)
  file(SHA256 "${WORK}/after-${part}.reg" after)
  if(NOT before STREQUAL after)
    sg_fail("after Undo, ${WORK}/after-${part}.reg differs from ${WORK}/before-${part}.reg")
  endif()
endforeach()

# Two backups: the one before applying, the one before undoing.
file(GLOB backups "${WORK}/backups/shareguard-backup-*.reg")
list(LENGTH backups n)
sg_expect_equal("backups written (apply, undo)" "${n}" "2")

# While the wizard ran, the service started (with Wine), was stopped by the
# Finish page, and started again in a new process.
set(pids "")
set(kinds "")
foreach(event IN LISTS events)
  string(REGEX REPLACE "^(start|stop) LanmanServer ([0-9]+)$" "\\1;\\2" parts "${event}")
  list(GET parts 0 kind)
  list(GET parts 1 pid)
  list(APPEND kinds ${kind})
  list(APPEND pids ${pid})
endforeach()
sg_expect_equal("the Server service's starts and stops while the wizard ran" "${kinds}" "start;stop;start")
list(GET pids 0 first)
list(GET pids 1 stopped)
list(GET pids 2 again)
sg_expect_equal("the process stopped is the one that ran" "${stopped}" "${first}")
if(again STREQUAL first)
  sg_fail("the Server service was not started again in a new process (pid ${again})")
endif()

execute_process(COMMAND wineserver -k)
file(GLOB shots "${WORK}/screenshots/*.png")
list(LENGTH shots shot_count)
sg_expect_greater("screenshots" "${shot_count}" 4)
# The prefix is large; only a failing run keeps it for a look.
file(REMOVE_RECURSE "${prefix}")
message(STATUS "gui.wine.live-restart-undo: passed; screenshots in ${WORK}/screenshots")
