# Runs one GUI end-to-end test under Xvfb and checks the files it leaves.
#   cmake -DGUI=<shareguard-gui-test> -DMODE=<walk-keys|walk-mouse|undo|cancel|restore|demo|profile|error-snapshot|error-profile|elevate>
#         -DSNAPSHOT=<demo .reg> -DWORK=<folder> -DXVFB_RUN=<xvfb-run> [-DLANGUAGE=de] -P run_gui_test.cmake
# The tests' wizard program (tests/gui/driver) drives itself (--self-test) and checks values with the engine;
# this script adds checks that do not trust the program: file hashes, backups.
#   (Windows build: -DRUNNER=<run-in-wine.sh;prefix> instead of XVFB_RUN.)
foreach(var GUI MODE SNAPSHOT WORK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_gui_test: ${var} is not set")
  endif()
endforeach()
if(NOT DEFINED XVFB_RUN AND NOT DEFINED RUNNER)
  message(FATAL_ERROR "run_gui_test: set XVFB_RUN (Linux) or RUNNER (Wine)")
endif()

# Paths as the program sees them: a Windows program under Wine gets Z:\... (a
# leading '/' would read as a switch).
function(program_path out path)
  if(DEFINED RUNNER)
    string(REPLACE "/" "\\" path "${path}")
    set(path "Z:${path}")
  endif()
  set(${out} "${path}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(target "${WORK}/sql-server.reg")
file(COPY_FILE "${SNAPSHOT}" "${target}")
file(SHA256 "${target}" original_hash)

# Nothing may land in the real home folder; GTK's accessibility bus is not running under Xvfb.
set(ENV{XDG_STATE_HOME} "${WORK}/state")
set(ENV{HOME} "${WORK}/home")
set(ENV{NO_AT_BRIDGE} "1")
set(ENV{GTK_THEME} "Adwaita")

# MODE demo: no --snapshot, so the program opens its demo snapshot (a working
# copy in $XDG_STATE_HOME/shareguard/demo); the test cancels there.
program_path(target_for_program "${target}")
program_path(backups_for_program "${WORK}/backups")
set(target_args --snapshot "${target_for_program}")
set(gui_mode ${MODE})
set(extra_args "")
# -DLANGUAGE=<code>: the same walk in another language (the wizard's --lang).
if(DEFINED LANGUAGE AND NOT LANGUAGE STREQUAL "")
  list(APPEND extra_args --lang ${LANGUAGE})
endif()
if(MODE STREQUAL "profile")  # help-desk start: --profile opens on the preview
  set(gui_mode walk-mouse)
  list(APPEND extra_args --profile sql-server-host)
endif()
# The error modes: a malformed snapshot (the target itself), or a malformed profile.
set(gui_data "${CMAKE_CURRENT_LIST_DIR}/data")
if(MODE STREQUAL "error-snapshot")
  set(target "${WORK}/broken-snapshot.reg")
  file(COPY_FILE "${gui_data}/broken-snapshot.reg" "${target}")
  file(SHA256 "${target}" original_hash)
  program_path(target_for_program "${target}")
  set(target_args --snapshot "${target_for_program}")
endif()
if(MODE STREQUAL "error-profile")
  program_path(profile_for_program "${gui_data}/broken-profile.json")
  list(APPEND extra_args --profile "${profile_for_program}")
endif()
if(MODE STREQUAL "elevate")  # Windows: this computer, where "Restart as administrator" is offered
  set(target_args "")
endif()
if(MODE STREQUAL "demo")
  set(target_args "")
  set(target "${WORK}/state/shareguard/demo/sql-server.reg")
  set(gui_mode cancel)
endif()

if(DEFINED RUNNER)
  set(launcher ${RUNNER})  # run-in-wine.sh: xvfb-run when SHAREGUARD_WINE_DISPLAY=xvfb
else()
  set(launcher "${XVFB_RUN}" -a -s "-screen 0 1280x900x24")
endif()

function(run_gui mode shots)
  program_path(shots_dir "${WORK}/${shots}")
  execute_process(
    COMMAND ${launcher}
            "${GUI}" ${target_args} --backup-dir "${backups_for_program}"
            --self-test=${mode} --screenshots "${shots_dir}" ${extra_args} ${ARGN}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 180)
  message(STATUS "${out}${err}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "shareguard --self-test=${mode} failed (${rc})")
  endif()
endfunction()

if(MODE STREQUAL "restore")
  # A walk writes a backup; the restore path then puts it back.
  run_gui(walk-mouse screenshots-walk)
  file(GLOB backups "${WORK}/backups/shareguard-backup-*.reg")
  list(LENGTH backups n)
  if(NOT n EQUAL 1)
    message(FATAL_ERROR "expected one backup after the walk, found ${n}")
  endif()
  program_path(backup_for_program "${backups}")
  run_gui(restore screenshots --restore "${backup_for_program}")
else()
  run_gui(${gui_mode} screenshots)
endif()
if(MODE STREQUAL "demo")
  file(SHA256 "${SNAPSHOT}" source_hash)
  if(NOT EXISTS "${target}")
    message(FATAL_ERROR "the demo working copy ${target} was not made")
  endif()
  # The copy starts as the shipped demo; Cancel must leave it so (checked below).
  set(original_hash "${source_hash}")
endif()

file(SHA256 "${target}" after_hash)
file(GLOB backups "${WORK}/backups/shareguard-backup-*.reg")
list(LENGTH backups backup_count)
file(GLOB shots "${WORK}/screenshots/*.png")
list(LENGTH shots shot_count)
if(MODE STREQUAL "elevate")
  set(min_shots 1)  # welcome; then the wizard hands over to its elevated copy
  if(NOT EXISTS "${WORK}/screenshots/relaunched-arguments.txt")
    message(FATAL_ERROR "the copy started by Restart as administrator did not report")
  endif()
  file(READ "${WORK}/screenshots/relaunched-arguments.txt" relaunched)
  if(NOT relaunched MATCHES "--self-test=elevate\n")
    message(FATAL_ERROR "the relaunched copy did not get the arguments: ${relaunched}")
  endif()
elseif(MODE MATCHES "^error-")
  set(min_shots 3)  # welcome, the error box, the Cancel confirmation
else()
  set(min_shots 4)
endif()
if(shot_count LESS min_shots)
  message(FATAL_ERROR "expected a screenshot of every page, found ${shot_count}")
endif()

if(MODE MATCHES "^walk-" OR MODE STREQUAL "profile")
  if(after_hash STREQUAL original_hash)
    message(FATAL_ERROR "the snapshot did not change")
  endif()
  if(NOT backup_count EQUAL 1)
    message(FATAL_ERROR "expected one backup, found ${backup_count}")
  endif()
  # What the walk saved through the Save dialogs: a .reg regedit can read, and the report.
  foreach(saved shareguard-changes.reg shareguard-report.txt)
    if(NOT EXISTS "${WORK}/screenshots/saved-${saved}")
      message(FATAL_ERROR "the walk did not save ${saved}")
    endif()
  endforeach()
  file(READ "${WORK}/screenshots/saved-shareguard-changes.reg" reg_head LIMIT 4 HEX)
  if(NOT reg_head STREQUAL "fffe5700")  # UTF-16LE BOM, then 'W' (Windows Registry Editor...)
    message(FATAL_ERROR "the saved .reg does not start like a regedit file: ${reg_head}")
  endif()
elseif(MODE STREQUAL "cancel" OR MODE STREQUAL "demo" OR MODE MATCHES "^error-" OR MODE STREQUAL "elevate")
  if(NOT after_hash STREQUAL original_hash)
    message(FATAL_ERROR "Cancel changed the snapshot")
  endif()
  if(NOT backup_count EQUAL 0)
    message(FATAL_ERROR "Cancel wrote ${backup_count} backup(s)")
  endif()
else()  # undo, restore: the original bytes are back
  if(NOT after_hash STREQUAL original_hash)
    message(FATAL_ERROR "after ${MODE} the snapshot's bytes differ from the original")
  endif()
endif()
message(STATUS "gui.${MODE}: passed; screenshots in ${WORK}/screenshots")
