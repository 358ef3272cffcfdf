# Wine's regedit /E exports of the whole HKLM\SYSTEM and HKLM\SOFTWARE, read by
# the engine's .reg reader and rendered back byte for byte (sg_reg_roundtrip,
# cross-built, run under Wine).
#   cmake -DWINE_PREFIX=<prefix> -DTOOL=<sg_reg_roundtrip.exe> -DWORK_DIR=<dir> -P e2e_regedit_roundtrip.cmake
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/wine_common.cmake")
sg_require_vars(WINE_PREFIX TOOL WORK_DIR)
sg_wine_env("${WINE_PREFIX}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

set(exports "")
foreach(hive SYSTEM SOFTWARE)
  set(file "${WORK_DIR}/hklm-${hive}.reg")
  sg_reg_export("HKEY_LOCAL_MACHINE\\${hive}" "${file}")
  file(SIZE "${file}" size)
  sg_expect_greater("the size of the export of HKLM\\${hive}" "${size}" 10000)
  sg_winepath(windows_file "${file}")
  list(APPEND exports "${windows_file}")
endforeach()

sg_wine_ok(output COMMAND "${TOOL}" ${exports})
message(STATUS "${output}")
