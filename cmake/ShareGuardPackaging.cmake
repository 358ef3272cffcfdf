# The Windows packages, built with every mingw build (target `packages`, part
# of ALL) from the installed tree, so both hold exactly what `cmake --install`
# puts in place (cmake/ShareGuardInstall.cmake):
#
#   build/mingw/package/ShareGuard-<version>-x64/       the installed tree
#   build/mingw/package/ShareGuard-<version>-x64.msi    wixl (packaging/windows/make-msi.cmake)
#   build/mingw/package/ShareGuard-<version>-x64.zip    the same tree, portable
#
# The version is the project's (CMakeLists.txt). Tests: tests/msi/.
include_guard(GLOBAL)

find_program(SG_WIXL wixl)
if(NOT SG_WIXL)
  message(FATAL_ERROR "wixl (Debian package wixl) builds the MSI: run packaging/dev/setup-debian.sh")
endif()

set(SG_PACKAGE_DIR "${CMAKE_BINARY_DIR}/package")
set(SG_PACKAGE_NAME "ShareGuard-${PROJECT_VERSION}-x64")
set(SG_PACKAGE_TREE "${SG_PACKAGE_DIR}/${SG_PACKAGE_NAME}")
set(SG_PACKAGE_MSI "${SG_PACKAGE_DIR}/${SG_PACKAGE_NAME}.msi")
set(SG_PACKAGE_ZIP "${SG_PACKAGE_DIR}/${SG_PACKAGE_NAME}.zip")
file(MAKE_DIRECTORY "${SG_PACKAGE_DIR}")
set(SG_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/resources/icons/shareguard.ico")
set(SG_MAKE_MSI_SCRIPT "${PROJECT_SOURCE_DIR}/packaging/windows/make-msi.cmake")
set(SHAREGUARD_HELP_LINK "" CACHE STRING
    "Add/Remove Programs' help link (ARPHELPLINK); empty: the installed docs\\README.md")

set(_sg_programs shareguard-cli)
if(TARGET shareguard-gui)
  list(APPEND _sg_programs shareguard-gui)
endif()

# A fresh tree every time, so a file dropped from the install rules leaves the packages too.
add_custom_command(
  OUTPUT "${SG_PACKAGE_MSI}" "${SG_PACKAGE_ZIP}"
  COMMAND ${CMAKE_COMMAND} -E rm -rf "${SG_PACKAGE_TREE}"
  COMMAND ${CMAKE_COMMAND} --install "${CMAKE_BINARY_DIR}" --prefix "${SG_PACKAGE_TREE}"
  COMMAND ${CMAKE_COMMAND} -DTREE=${SG_PACKAGE_TREE} -DVERSION=${PROJECT_VERSION} -DOUTPUT=${SG_PACKAGE_MSI}
          -DICON=${SG_PACKAGE_ICON} -DWIXL=${SG_WIXL} "-DHELP_LINK=${SHAREGUARD_HELP_LINK}"
          -P "${SG_MAKE_MSI_SCRIPT}"
  COMMAND ${CMAKE_COMMAND} -E rm -f "${SG_PACKAGE_ZIP}"
  # Unpacks to one folder, ShareGuard-<version>-x64\, holding the programs.
  COMMAND ${CMAKE_COMMAND} -E tar cf "${SG_PACKAGE_ZIP}" --format=zip -- "${SG_PACKAGE_NAME}"
  WORKING_DIRECTORY "${SG_PACKAGE_DIR}"
  DEPENDS ${_sg_programs} ${SG_INSTALLED_RESOURCE_FILES} "${SG_PACKAGE_ICON}" "${SG_MAKE_MSI_SCRIPT}"
          "${PROJECT_SOURCE_DIR}/packaging/windows/msi-product.cmake"
          "${PROJECT_SOURCE_DIR}/cmake/ShareGuardInstall.cmake"
  COMMENT "Packaging ${SG_PACKAGE_NAME}.msi and .zip from the installed tree"
  VERBATIM)
add_custom_target(packages ALL DEPENDS "${SG_PACKAGE_MSI}" "${SG_PACKAGE_ZIP}")
