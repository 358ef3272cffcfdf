# Windows resources of the two programs: the application manifest
# (GUI requireAdministrator, CLI asInvoker; per-monitor DPI, common controls v6, supported OS), the
# version resource with the project's version, and the icon.
#
#   sg_add_windows_resources(<target> cli|gui)
#
# configures resources/windows/shareguard-<kind>.rc.in into the build tree and
# adds it to the target. The gui resources include wxMSW's wx/msw/wx.rc, so the
# target must see wx's include folders (it does when it links wx).
include_guard(GLOBAL)

function(sg_add_windows_resources target kind)
  if(NOT kind MATCHES "^(cli|gui)$")
    message(FATAL_ERROR "sg_add_windows_resources: kind must be cli or gui, not '${kind}'")
  endif()
  set(dir "${PROJECT_SOURCE_DIR}/resources/windows")
  set(rc "${CMAKE_CURRENT_BINARY_DIR}/shareguard-${kind}.rc")
  configure_file("${dir}/shareguard-${kind}.rc.in" "${rc}" @ONLY)
  # The GUI always writes HKLM: it asks for elevation up front. The console
  # companion runs as invoked and refuses writes itself (exit code 7).
  if(kind STREQUAL "gui")
    set(SG_EXECUTION_LEVEL "requireAdministrator")
  else()
    set(SG_EXECUTION_LEVEL "asInvoker")
  endif()
  set(manifest_dir "${CMAKE_CURRENT_BINARY_DIR}/manifest-${kind}")
  configure_file("${dir}/shareguard.manifest.in" "${manifest_dir}/shareguard.manifest" @ONLY)
  target_sources(${target} PRIVATE "${rc}")
  # windres resolves quoted file names against its include folders: the
  # manifest and shared fragment, and the icon.
  set_source_files_properties("${rc}" PROPERTIES
    INCLUDE_DIRECTORIES "${manifest_dir};${dir};${PROJECT_SOURCE_DIR}/resources/icons"
    OBJECT_DEPENDS "${manifest_dir}/shareguard.manifest;${dir}/shareguard-version.rci;${PROJECT_SOURCE_DIR}/resources/icons/shareguard.ico")
endfunction()

# The Event Log message table (compiled by app/session from
# resources/windows/shareguard-events.mc) as a resource of <target>: the
# event source's EventMessageFile is whichever program registered it.
#
#   sg_add_event_messages(<target>)
function(sg_add_event_messages target)
  if(NOT SG_EVENTS_DIR)
    message(FATAL_ERROR "sg_add_event_messages: app/session must be configured first")
  endif()
  set(rc "${SG_EVENTS_DIR}/shareguard-events.rc")
  target_sources(${target} PRIVATE "${rc}")
  add_dependencies(${target} shareguard_events)
  # windres finds MSG00409.bin through the include folders.
  set_source_files_properties("${rc}" TARGET_DIRECTORY ${target} PROPERTIES
    GENERATED TRUE
    INCLUDE_DIRECTORIES "${SG_EVENTS_DIR}"
    OBJECT_DEPENDS "${SG_EVENTS_DIR}/shareguard-events.h")
endfunction()
