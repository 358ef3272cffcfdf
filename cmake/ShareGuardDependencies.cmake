# Third-party libraries, all from Debian packages. fmt is used header-only so the
# same code serves the Linux build and the MinGW cross-build, where only the
# header folders of Debian's packages are exposed (see packaging/windows).
if(CMAKE_CROSSCOMPILING)
  # The cross toolchain must not see /usr/include as a whole: the toolchain file
  # sets SHAREGUARD_HEADER_ONLY_ROOT to a folder holding only fmt, nlohmann,
  # CLI and doctest (links the toolchain file, packaging/windows/mingw-w64-x86_64.cmake,
  # makes in the build tree).
  if(NOT SHAREGUARD_HEADER_ONLY_ROOT)
    message(FATAL_ERROR "SHAREGUARD_HEADER_ONLY_ROOT is not set (use the mingw preset)")
  endif()
  foreach(lib fmt nlohmann_json CLI11 doctest)
    add_library(sg_${lib} INTERFACE)
    target_include_directories(sg_${lib} SYSTEM INTERFACE "${SHAREGUARD_HEADER_ONLY_ROOT}")
  endforeach()
  target_compile_definitions(sg_fmt INTERFACE FMT_HEADER_ONLY=1)
  add_library(fmt::fmt-header-only ALIAS sg_fmt)
  add_library(nlohmann_json::nlohmann_json ALIAS sg_nlohmann_json)
  add_library(CLI11::CLI11 ALIAS sg_CLI11)
  add_library(doctest::doctest ALIAS sg_doctest)
else()
  find_package(fmt REQUIRED)
  find_package(nlohmann_json 3.10 REQUIRED)
  find_package(CLI11 REQUIRED)
  if(SHAREGUARD_BUILD_TESTS)
    find_package(doctest REQUIRED)
  endif()
  find_package(OpenSSL REQUIRED COMPONENTS Crypto)
endif()

# An enum reaches JSON only through its stable string id (wizard/ids.h,
# wizard/vocabulary.h), never as a number: with this nlohmann 3.11+ refuses to
# compile `j = some_enum` (older versions ignore it).
add_compile_definitions(JSON_DISABLE_ENUM_SERIALIZATION=1)
