# `cmake --install` rules for both platforms. The folders are the ones the
# programs already look in (app/gui/wizard_app.cpp):
#   the demo snapshot   <exe>/snapshots/sql-server.reg            (Windows)
#                       <exe>/../share/shareguard/snapshots/...   (Linux)
#   catalogs (.mo)      <exe>/translations/<lang>/LC_MESSAGES/    (Windows)
#                       <exe>/../share/locale/<lang>/LC_MESSAGES/ (Linux)
# Windows keeps everything below one folder (Program Files\ShareGuard, or a
# portable ZIP on a USB stick); Linux follows the GNU layout.
#
# Every installed resource is named here, once: the MSI and the ZIP are made
# from the installed tree (cmake/ShareGuardPackaging.cmake), never from a list
# of their own. SG_INSTALLED_RESOURCE_FILES (absolute source paths) lets the
# packaging step depend on them.
include_guard(GLOBAL)

if(WIN32)
  set(SG_INSTALL_BIN_DIR ".")
  set(SG_INSTALL_DATA_DIR ".")
  set(SG_INSTALL_TRANSLATIONS_DIR "translations")
  set(SG_INSTALL_CATALOGS_DIR "translations")
  set(SG_INSTALL_DOC_DIR "docs")
else()
  include(GNUInstallDirs)
  set(SG_INSTALL_BIN_DIR "${CMAKE_INSTALL_BINDIR}")
  set(SG_INSTALL_DATA_DIR "${CMAKE_INSTALL_DATADIR}/shareguard")
  # The template and the sources; compiled catalogs go to share/locale, where both programs look.
  set(SG_INSTALL_TRANSLATIONS_DIR "${CMAKE_INSTALL_DATADIR}/shareguard/translations")
  set(SG_INSTALL_CATALOGS_DIR "${CMAKE_INSTALL_LOCALEDIR}")
  set(SG_INSTALL_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/shareguard")
endif()

set(_sg_res "${PROJECT_SOURCE_DIR}/resources")
set(SG_INSTALL_SNAPSHOTS
  "${_sg_res}/snapshots/README.md"
  "${_sg_res}/snapshots/domain-controller.reg"
  "${_sg_res}/snapshots/file-print-server.reg"
  "${_sg_res}/snapshots/legacy-regedit4.reg"
  "${_sg_res}/snapshots/plain-server.reg"
  "${_sg_res}/snapshots/rds-licensing.reg"
  "${_sg_res}/snapshots/sql-server.reg"
  "${_sg_res}/snapshots/workstation-win11.reg")
set(SG_INSTALL_PROFILES
  "${_sg_res}/profiles/example-locked-down.json"
  "${_sg_res}/profiles/example-sql-host.json")
set(SG_INSTALL_SCHEMAS "${_sg_res}/profile.schema.json")
# The template a new translator starts from (compiled catalogs: SG_CATALOG_DIR).
set(SG_INSTALL_TRANSLATIONS "${_sg_res}/translations/shareguard.pot")
set(SG_INSTALL_DOCS "${PROJECT_SOURCE_DIR}/README.md" "${_sg_res}/json-output.md")

set(SG_INSTALLED_RESOURCE_FILES ${SG_INSTALL_SNAPSHOTS} ${SG_INSTALL_PROFILES} ${SG_INSTALL_SCHEMAS}
    ${SG_INSTALL_TRANSLATIONS} ${SG_INSTALL_DOCS} ${SG_CATALOG_FILES})

# Called once the program targets exist (see the top-level CMakeLists.txt).
function(sg_install_rules)
  install(TARGETS shareguard-cli RUNTIME DESTINATION "${SG_INSTALL_BIN_DIR}")
  if(TARGET shareguard-gui)
    install(TARGETS shareguard-gui RUNTIME DESTINATION "${SG_INSTALL_BIN_DIR}")
  endif()
  install(FILES ${SG_INSTALL_SNAPSHOTS} DESTINATION "${SG_INSTALL_DATA_DIR}/snapshots")
  install(FILES ${SG_INSTALL_PROFILES} DESTINATION "${SG_INSTALL_DATA_DIR}/profiles")
  install(FILES ${SG_INSTALL_SCHEMAS} DESTINATION "${SG_INSTALL_DATA_DIR}/schemas")
  install(FILES ${SG_INSTALL_TRANSLATIONS} DESTINATION "${SG_INSTALL_TRANSLATIONS_DIR}")
  install(DIRECTORY "${SG_CATALOG_DIR}/" DESTINATION "${SG_INSTALL_CATALOGS_DIR}")
  install(FILES ${SG_INSTALL_DOCS} DESTINATION "${SG_INSTALL_DOC_DIR}")
endfunction()
