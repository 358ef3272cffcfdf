# The MSI's life under Wine's msiexec, in a throwaway prefix of its own (never
# the shared test prefix, never the user's): install, run from Program Files,
# upgrade in place, refuse a downgrade, uninstall, and keep ShareGuard's data.
#
#   1. msiexec /i ShareGuard-<v>-x64.msi /qn: exit 0; every file of the tree in
#      C:\Program Files\ShareGuard, byte for byte; the Start-menu shortcut; the
#      Event Log source (EventMessageFile REG_EXPAND_SZ, TypesSupported 7);
#      one Add/Remove Programs entry (name, version, publisher, help link, no Modify).
#   2. The installed ShareGuardCli.exe: --version, check on the installed
#      snapshot, and an apply on Wine's registry, which writes a backup, the
#      journal and the backup key to %ProgramData%\ShareGuard.
#   3. A <v+1> package made by make-msi.cmake from the same tree (nothing is
#      rebuilt) upgrades in place: one ARP entry left, <v+1>.
#   4. The <v> package again is refused (Wine: exit 67, WIX_DOWNGRADE_DETECTED)
#      and changes nothing.
#   5. msiexec /x {ProductCode} /qn: exit 0; programs, shortcut, Event Log
#      source and ARP entry gone; %ProgramData%\ShareGuard byte for byte as before.
#
#   cmake -DMSI=<file.msi> -DTREE=<installed tree> -DVERSION=<x.y.z> -DICON=<ico>
#         -DWORK_DIR=<dir> -DPREFIX_SETUP=<tests/wine/prefix-setup.sh> [-DWIXL=wixl]
#         -P msi_lifecycle_wine.cmake
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/msi_common.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/../../packaging/windows/msi-product.cmake")
sg_require_vars(MSI TREE VERSION ICON WORK_DIR PREFIX_SETUP)
if(NOT WIXL)
  set(WIXL wixl)
endif()
string(TIMESTAMP started "%s")
function(elapsed out)
  string(TIMESTAMP now "%s")
  math(EXPR seconds "${now} - ${started}")
  set(${out} "${seconds}s" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
sg_tree_files(tree_files "${TREE}")

# --- The upgrade: the same tree, the next patch version.
sg_next_patch_version(next_version "${VERSION}")
set(next_msi "${WORK_DIR}/ShareGuard-${next_version}-x64.msi")
execute_process(COMMAND ${CMAKE_COMMAND} -DTREE=${TREE} -DVERSION=${next_version} -DOUTPUT=${next_msi}
                        -DICON=${ICON} -DWIXL=${WIXL} -P "${CMAKE_CURRENT_LIST_DIR}/../../packaging/windows/make-msi.cmake"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT EXISTS "${next_msi}")
  sg_fail("make-msi.cmake could not build ${next_msi}")
endif()
sg_msi_product_code(code "${VERSION}")
sg_msi_product_code(next_code "${next_version}")
if(code STREQUAL next_code)
  sg_fail("${VERSION} and ${next_version} have the same ProductCode ${code}")
endif()

# --- A fresh prefix (prefix-setup.sh only ever recreates a folder named wine-prefix).
set(prefix "${WORK_DIR}/wine-prefix")
execute_process(COMMAND "${PREFIX_SETUP}" "${prefix}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  sg_fail("${PREFIX_SETUP} ${prefix} failed (${result})")
endif()
sg_wine_env("${prefix}")
# Creating shortcuts makes Wine run winemenubuilder, which writes .desktop files
# into the user's home: not in a test.
set(ENV{WINEDLLOVERRIDES} "$ENV{WINEDLLOVERRIDES};winemenubuilder.exe=d")
elapsed(t)
message(STATUS "prefix ready (${t})")

set(drive_c "${prefix}/drive_c")
set(installed "${drive_c}/Program Files/${SG_MSI_INSTALL_FOLDER_NAME}")
set(installed_windows "C:\\Program Files\\${SG_MSI_INSTALL_FOLDER_NAME}")
set(data_dir "${drive_c}/ProgramData/ShareGuard")
set(uninstall_key "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall")
set(event_key "HKLM\\${SG_MSI_EVENT_SOURCE_KEY}")

# msiexec with a verbose log in the work folder; returns its exit code.
function(msiexec out_result log_name)
  set(log "${WORK_DIR}/${log_name}.log")
  sg_winepath(log_windows "${log}")
  sg_wine(result output msiexec ${ARGN} /qn /l*v "${log_windows}")
  sg_wine_settle()
  set(${out_result} "${result}" PARENT_SCOPE)
endfunction()

function(msiexec_ok log_name)
  msiexec(result "${log_name}" ${ARGN})
  if(NOT result EQUAL 0)
    sg_fail("msiexec ${ARGN} exited with ${result}, expected 0 (log: ${WORK_DIR}/${log_name}.log)")
  endif()
endfunction()

# The ProductCodes Add/Remove Programs lists with DisplayName ShareGuard.
function(arp_entries out)
  sg_wine(result output reg query "${uninstall_key}" /s)
  set(entries "")
  set(current "")
  string(REPLACE ";" "," output "${output}")
  string(REPLACE "\n" ";" lines "${output}")
  foreach(line IN LISTS lines)
    if(line MATCHES "^HKEY_LOCAL_MACHINE\\\\.*\\\\Uninstall\\\\(.+)$")
      set(current "${CMAKE_MATCH_1}")
    elseif(line MATCHES "^    DisplayName    REG_SZ    ${SG_MSI_PRODUCT_NAME}$")
      list(APPEND entries "${current}")
    endif()
  endforeach()
  set(${out} "${entries}" PARENT_SCOPE)
endfunction()

function(expect_value what key name type data)
  sg_reg_query(actual_type actual_data "${key}" "${name}")
  sg_expect_equal("${what}: ${name}'s type" "${actual_type}" "${type}")
  sg_expect_equal("${what}: ${name}" "${actual_data}" "${data}")
endfunction()

# The shortcut wherever Wine puts the Programs menu (all users or this user).
function(find_shortcuts out)
  file(GLOB_RECURSE links LIST_DIRECTORIES false "${drive_c}/ShareGuard.lnk")
  list(FILTER links INCLUDE REGEX "/Start Menu/Programs/ShareGuard\\.lnk$")
  set(${out} "${links}" PARENT_SCOPE)
endfunction()

function(expect_installed_tree what)
  foreach(file IN LISTS tree_files)
    if(NOT EXISTS "${installed}/${file}")
      sg_fail("${what}: ${installed_windows}\\${file} is missing")
    endif()
    file(SHA256 "${installed}/${file}" got)
    file(SHA256 "${TREE}/${file}" want)
    sg_expect_equal("${what}: ${file} as in the tree" "${got}" "${want}")
  endforeach()
endfunction()

# --- 1. Install.
msiexec_ok(install /i "${MSI}")
expect_installed_tree("installed")
list(LENGTH tree_files count)
message(STATUS "msiexec /i: exit 0; the ${count} files of the tree in ${installed_windows}")
find_shortcuts(links)
if(EXISTS "${TREE}/${SG_MSI_WIZARD_EXE}")
  list(LENGTH links link_count)
  sg_expect_equal("Start-menu shortcuts ShareGuard.lnk after install (${links})" "${link_count}" 1)
  file(READ "${links}" link_bytes HEX)
  string(HEX "${SG_MSI_WIZARD_EXE}" wizard_hex) # the target's name is in the link
  string(TOLOWER "${wizard_hex}" wizard_hex)
  string(FIND "${link_bytes}" "${wizard_hex}" at)
  sg_expect_greater("the shortcut names ${SG_MSI_WIZARD_EXE}" "${at}" -1)
  message(STATUS "Start-menu shortcut: ${links}")
endif()
expect_value("Event Log source" "${event_key}" EventMessageFile REG_EXPAND_SZ "${installed_windows}\\${SG_MSI_CONSOLE_EXE}")
math(EXPR types "${SG_MSI_EVENT_TYPES_SUPPORTED}" OUTPUT_FORMAT HEXADECIMAL)
expect_value("Event Log source" "${event_key}" TypesSupported REG_DWORD "${types}")
arp_entries(entries)
sg_expect_equal("Add/Remove Programs entries after install" "${entries}" "${code}")
set(arp "${uninstall_key}\\${code}")
expect_value("ARP" "${arp}" DisplayVersion REG_SZ "${VERSION}")
expect_value("ARP" "${arp}" Publisher REG_SZ "${SG_MSI_MANUFACTURER}")
expect_value("ARP" "${arp}" HelpLink REG_SZ "${installed_windows}\\docs\\README.md")
expect_value("ARP" "${arp}" NoModify REG_DWORD 0x1)
# Wine 8 writes no DisplayIcon for ARPPRODUCTICON (Windows does): msi.tables
# checks the Icon table's icon, packaging/windows/README.md lists the look on Windows.
elapsed(t)
message(STATUS "Event Log source and ARP entry ${code} present (${t})")

# --- 2. The installed programs at work.
set(cli "${installed_windows}\\${SG_MSI_CONSOLE_EXE}")
sg_wine_ok(version COMMAND "${cli}" --version)
string(FIND "${version}" "${VERSION}" at)
sg_expect_greater("`ShareGuardCli.exe --version` names ${VERSION} (got '${version}')" "${at}" -1)
sg_wine_ok(check EXPECT 5 COMMAND "${cli}" check --snapshot "${installed_windows}\\snapshots\\plain-server.reg"
           --profile locked-down --json)
sg_json_get(compliant "${check}" compliant)
sg_expect_equal("check on the installed plain-server snapshot: compliant" "${compliant}" OFF)
if(EXISTS "${data_dir}")
  sg_fail("%ProgramData%\\ShareGuard exists before ShareGuard ran: the package must not make it")
endif()
sg_wine_ok(report EXPECT 0 3 COMMAND "${cli}" apply --profile locked-down --yes --json)
sg_json_get(status "${report}" status)
sg_expect_equal("apply on Wine's registry" "${status}" success)
sg_wine_settle()
file(GLOB_RECURSE data_files LIST_DIRECTORIES false RELATIVE "${data_dir}" "${data_dir}/*")
list(SORT data_files)
set(have_backup NO)
foreach(f IN LISTS data_files)
  if(f MATCHES "^backups/shareguard-backup-.*\\.reg$")
    set(have_backup YES)
  endif()
endforeach()
sg_expect_equal("apply wrote a backup to %ProgramData%\\ShareGuard\\backups (${data_files})" "${have_backup}" YES)
sg_expect_listed("apply wrote the journal" backups/journal.jsonl YES ${data_files})
function(data_digest out)
  set(digest "")
  file(GLOB_RECURSE now LIST_DIRECTORIES false RELATIVE "${data_dir}" "${data_dir}/*")
  list(SORT now)
  foreach(f IN LISTS now)
    file(SHA256 "${data_dir}/${f}" h)
    list(APPEND digest "${f}=${h}")
  endforeach()
  set(${out} "${digest}" PARENT_SCOPE)
endfunction()
data_digest(data_before)
elapsed(t)
message(STATUS "installed ShareGuardCli.exe: --version, check (exit 5), apply (backup, journal) (${t})")

# --- 3. Upgrade in place.
msiexec_ok(upgrade /i "${next_msi}")
arp_entries(entries)
sg_expect_equal("Add/Remove Programs entries after the upgrade to ${next_version}" "${entries}" "${next_code}")
expect_value("ARP after the upgrade" "${uninstall_key}\\${next_code}" DisplayVersion REG_SZ "${next_version}")
expect_installed_tree("after the upgrade")
expect_value("Event Log source after the upgrade" "${event_key}" EventMessageFile REG_EXPAND_SZ
             "${installed_windows}\\${SG_MSI_CONSOLE_EXE}")
data_digest(data_now)
sg_expect_equal("%ProgramData%\\ShareGuard after the upgrade" "${data_now}" "${data_before}")
elapsed(t)
message(STATUS "msiexec /i ${next_version}: upgraded in place, one ARP entry (${t})")

# --- 4. The older package is refused.
msiexec(result downgrade /i "${MSI}")
# Wine 8's msiexec exits 67 when a LaunchCondition fails; Windows' code for a
# refused downgrade is not known here (packaging/windows/README.md, manual checks).
sg_expect_equal("msiexec /i ${VERSION} over ${next_version}: exit code (Wine)" "${result}" 67)
# Wine's log names the newer product FindRelatedProducts found (it does not
# copy the LaunchCondition's text, which msi.tables checks in the package).
file(READ "${WORK_DIR}/downgrade.log" log_text)
string(FIND "${log_text}" "WIX_DOWNGRADE_DETECTED = ${next_code}" at)
sg_expect_greater("the downgrade log: WIX_DOWNGRADE_DETECTED = ${next_code}" "${at}" -1)
arp_entries(entries)
sg_expect_equal("Add/Remove Programs entries after the refused downgrade" "${entries}" "${next_code}")
elapsed(t)
message(STATUS "msiexec /i ${VERSION} over ${next_version}: refused (downgrade detected), exit 67 (${t})")

# --- 5. Uninstall by ProductCode, as an administrator's script would.
msiexec_ok(uninstall /x "${next_code}")
foreach(file IN LISTS tree_files)
  if(EXISTS "${installed}/${file}")
    sg_fail("after uninstall ${installed_windows}\\${file} is still there")
  endif()
endforeach()
find_shortcuts(links)
sg_expect_equal("Start-menu shortcuts after uninstall" "${links}" "")
sg_wine(result output reg query "${event_key}")
if(result EQUAL 0)
  sg_fail("after uninstall the Event Log source key is still there:\n${output}")
endif()
sg_reg_query(type data "HKLM\\${SG_MSI_PRODUCT_KEY}" StartMenuShortcut)
sg_expect_equal("after uninstall HKLM\\${SG_MSI_PRODUCT_KEY}\\StartMenuShortcut" "${type}" "")
arp_entries(entries)
sg_expect_equal("Add/Remove Programs entries after uninstall" "${entries}" "")
data_digest(data_now)
sg_expect_equal("%ProgramData%\\ShareGuard after uninstall (kept, byte for byte)" "${data_now}" "${data_before}")
elapsed(t)
message(STATUS "msiexec /x ${next_code}: programs, shortcut, Event Log source, ARP entry removed; "
               "%ProgramData%\\ShareGuard kept (${t})")

execute_process(COMMAND wineserver -k)
