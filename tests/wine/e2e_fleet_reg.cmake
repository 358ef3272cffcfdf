# The fleet export's registry file and its undo twin on Wine's registry, judged
# by Wine's own tools: ShareGuardCli.exe export writes reg/shareguard.reg and
# undo/reg/shareguard.reg; Wine's `regedit /S` imports each; Wine's `reg query`
# sees the profile's values, then what Windows ships (settings whose shipped
# state varies are left as the export set them). Last, the two keys go back
# byte for byte to what they held before (regedit exports compared).
#   cmake -DWINE_PREFIX=<prefix> -DCLI=<ShareGuardCli.exe> -DWORK_DIR=<dir> -P e2e_fleet_reg.cmake
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/wine_common.cmake")
sg_require_vars(WINE_PREFIX CLI WORK_DIR)
sg_wine_env("${WINE_PREFIX}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

set(server_service "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer")
set(server "${server_service}\\Parameters")
set(lsa "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa")
sg_reg_export("${server_service}" "${WORK_DIR}/before-server.reg")
sg_reg_export("${lsa}" "${WORK_DIR}/before-lsa.reg")

sg_winepath(out_windows "${WORK_DIR}/export")
sg_wine_ok(exported COMMAND "${CLI}" export --profile locked-down --format reg --out "${out_windows}" --json)
sg_json_get(kind "${exported}" kind)
sg_expect_equal("export --json gives an export document" "${kind}" export)
foreach(part reg undo/reg)
  if(NOT EXISTS "${WORK_DIR}/export/${part}/shareguard.reg")
    sg_fail("export wrote no ${part}/shareguard.reg")
  endif()
endforeach()

function(expect_value what key name type data)
  sg_reg_query(actual_type actual_data "${key}" "${name}")
  sg_expect_equal("${what}: type of ${name}" "${actual_type}" "${type}")
  sg_expect_equal("${what}: data of ${name}" "${actual_data}" "${data}")
endfunction()

# --- The profile's values, imported by regedit.
sg_winepath(apply_reg "${WORK_DIR}/export/reg/shareguard.reg")
sg_wine_ok(ignored COMMAND regedit /S "${apply_reg}")
sg_wine_settle()
set(applied "the export imported by regedit /S")
expect_value("${applied}" "${server}" AutoShareServer REG_DWORD 0x0)
expect_value("${applied}" "${server}" AutoShareWks REG_DWORD 0x0)
expect_value("${applied}" "${server}" RestrictNullSessAccess REG_DWORD 0x1)
expect_value("${applied}" "${lsa}" RestrictAnonymous REG_DWORD 0x1)
expect_value("${applied}" "${lsa}" EveryoneIncludesAnonymous REG_DWORD 0x0)
expect_value("${applied}" "${lsa}" RestrictRemoteSAM REG_SZ "O:BAG:BAD:(A;;RC;;;BA)")
expect_value("${applied}" "${server}" SMB1 REG_DWORD 0x0)
# ShareGuard's check of the live registry agrees (exit 0: compliant).
sg_wine_ok(ignored EXPECT 0 COMMAND "${CLI}" check --profile locked-down --json)

# --- The undo twin: what Windows ships.
sg_winepath(undo_reg "${WORK_DIR}/export/undo/reg/shareguard.reg")
sg_wine_ok(ignored COMMAND regedit /S "${undo_reg}")
sg_wine_settle()
set(undone "the undo twin imported by regedit /S")
expect_value("${undone}" "${server}" AutoShareServer "" "")
expect_value("${undone}" "${server}" AutoShareWks "" "")
expect_value("${undone}" "${server}" RestrictNullSessAccess REG_DWORD 0x1)
expect_value("${undone}" "${lsa}" RestrictAnonymous REG_DWORD 0x0)
expect_value("${undone}" "${lsa}" RestrictAnonymousSAM REG_DWORD 0x1)
expect_value("${undone}" "${lsa}" RestrictRemoteSAM "" "")
expect_value("${undone}" "${server}" SMB1 "" "")
sg_wine_ok(ignored EXPECT 5 COMMAND "${CLI}" check --profile locked-down --json)
message(STATUS "export --format reg and its undo twin imported by Wine's regedit; every value checked with reg query")

# --- Leave the prefix as it was: remove what either file may have created,
# then import the exports taken before.
foreach(name RestrictAnonymous RestrictAnonymousSAM EveryoneIncludesAnonymous RestrictRemoteSAM)
  sg_wine(ignored output reg delete "${lsa}" /v ${name} /f)
endforeach()
sg_wine(ignored output reg delete "${server}" /f)
sg_winepath(before_server "${WORK_DIR}/before-server.reg")
sg_winepath(before_lsa "${WORK_DIR}/before-lsa.reg")
sg_wine_ok(ignored COMMAND regedit /S "${before_server}")
sg_wine_ok(ignored COMMAND regedit /S "${before_lsa}")
sg_wine_settle()
sg_reg_export("${server_service}" "${WORK_DIR}/after-server.reg")
sg_reg_export("${lsa}" "${WORK_DIR}/after-lsa.reg")
foreach(part server lsa)
  file(READ "${WORK_DIR}/before-${part}.reg" before HEX)
  file(READ "${WORK_DIR}/after-${part}.reg" after HEX)
  if(NOT before STREQUAL after)
    sg_fail("the ${part} key is not back to its state before the test")
  endif()
endforeach()
