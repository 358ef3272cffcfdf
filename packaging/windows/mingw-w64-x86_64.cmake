# CMake toolchain: 64-bit Windows programs built on Debian with MinGW-w64
# (posix threads variant), statically linked, tested under Wine.
# Used by the `mingw` preset; see packaging/windows/README.md.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(SHAREGUARD_MINGW_HOST x86_64-w64-mingw32)

# The posix-threads compilers give std::thread/std::mutex; wxMSW and libpng
# (packaging/windows/build-wxmsw.sh) are built with the same ones.
set(CMAKE_C_COMPILER ${SHAREGUARD_MINGW_HOST}-gcc-posix)
set(CMAKE_CXX_COMPILER ${SHAREGUARD_MINGW_HOST}-g++-posix)
set(CMAKE_RC_COMPILER ${SHAREGUARD_MINGW_HOST}-windres)
set(CMAKE_AR ${SHAREGUARD_MINGW_HOST}-ar CACHE FILEPATH "")
set(CMAKE_RANLIB ${SHAREGUARD_MINGW_HOST}-ranlib CACHE FILEPATH "")

# Libraries and headers come only from the MinGW sysroot (and the wxMSW
# prefix, added by the preset through CMAKE_PREFIX_PATH / wx-config); programs
# (wx-config, wine) from the host.
set(CMAKE_FIND_ROOT_PATH /usr/${SHAREGUARD_MINGW_HOST})

# wxMSW comes from the cache filled by packaging/windows/build-wxmsw.sh, which
# prints its prefix: SHAREGUARD_WXMSW_PREFIX=$(packaging/windows/build-wxmsw.sh)
# (build-and-test.sh does this). FindwxWidgets then uses the prefix's wx-config.
if(DEFINED ENV{SHAREGUARD_WXMSW_PREFIX} AND NOT SHAREGUARD_WXMSW_PREFIX)
  set(SHAREGUARD_WXMSW_PREFIX "$ENV{SHAREGUARD_WXMSW_PREFIX}" CACHE PATH "Prefix of the cross-built wxMSW")
endif()
if(SHAREGUARD_WXMSW_PREFIX)
  list(APPEND CMAKE_FIND_ROOT_PATH "${SHAREGUARD_WXMSW_PREFIX}")
  set(wxWidgets_CONFIG_EXECUTABLE "${SHAREGUARD_WXMSW_PREFIX}/bin/wx-config" CACHE FILEPATH
      "wx-config of the cross-built wxMSW")
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# One self-contained .exe each: no libgcc/libstdc++/winpthread DLLs to ship
# (and none to be planted next to an elevated program).
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")
# Release programs ship without the symbol table (a third of a static .exe).
set(CMAKE_EXE_LINKER_FLAGS_RELEASE_INIT "-s")
# Windows 7 is the oldest system we target (Server 2008 R2).
set(CMAKE_CXX_FLAGS_INIT "-D_WIN32_WINNT=0x0601 -DWINVER=0x0601 -DUNICODE -D_UNICODE")

get_property(_sg_in_try_compile GLOBAL PROPERTY IN_TRY_COMPILE)
if(NOT _sg_in_try_compile)
  # Debian's header-only libraries (fmt, nlohmann/json, CLI11, doctest) serve
  # the cross build too, but the cross compiler must never see /usr/include as
  # a whole (glibc headers would shadow MinGW's): expose only those four
  # folders through links in the build tree.
  set(_sg_header_root "${CMAKE_BINARY_DIR}/header-only")
  file(MAKE_DIRECTORY "${_sg_header_root}")
  foreach(_sg_dir fmt nlohmann CLI doctest)
    if(NOT IS_DIRECTORY "/usr/include/${_sg_dir}")
      message(FATAL_ERROR "/usr/include/${_sg_dir} is missing: run packaging/dev/setup-debian.sh")
    endif()
    if(NOT IS_SYMLINK "${_sg_header_root}/${_sg_dir}")
      file(CREATE_LINK "/usr/include/${_sg_dir}" "${_sg_header_root}/${_sg_dir}" SYMBOLIC)
    endif()
  endforeach()
  set(SHAREGUARD_HEADER_ONLY_ROOT "${_sg_header_root}" CACHE PATH
      "Folder with links to Debian's header-only libraries, for the cross build")

  # add_test() commands naming a cross-built program run through this wrapper:
  # Wine in the throwaway prefix of this build tree (created by the CTest
  # fixture wine.prefix in tests/wine).
  set(SHAREGUARD_WINE_PREFIX "${CMAKE_BINARY_DIR}/wine-prefix" CACHE PATH
      "Throwaway Wine prefix the tests run in (recreated by every test run)")
  get_filename_component(_sg_source_root "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
  set(CMAKE_CROSSCOMPILING_EMULATOR "${_sg_source_root}/tests/wine/run-in-wine.sh;${SHAREGUARD_WINE_PREFIX}")
endif()
