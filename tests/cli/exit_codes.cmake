# shareguard-cli as a real process: exact exit codes, stdout with --json is
# one JSON document, and bad input leaves the snapshot byte for byte unchanged.
#   cmake -DCLI=<shareguard-cli> [-DEMULATOR=<wine wrapper>] -DSNAPSHOTS=<dir>
#         -DPROFILES=<dir> -DWORK=<scratch dir> -P exit_codes.cmake
cmake_minimum_required(VERSION 3.25)  # today's policies: if(IN_LIST), lists keep empty lines
foreach(var CLI SNAPSHOTS PROFILES WORK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "exit_codes.cmake: -D${var}=... is required")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
# On Linux the backup key goes to $XDG_STATE_HOME/shareguard: keep it in the scratch
# folder. (Under Wine it is %ProgramData%\ShareGuard in the throwaway prefix.)
set(ENV{XDG_STATE_HOME} "${WORK}/state")
set(failures 0)

# run(<expected exit code> <name> args...): runs the CLI; sets out/err/code.
function(run expected name)
  execute_process(
    COMMAND ${EMULATOR} "${CLI}" ${ARGN}
    RESULT_VARIABLE code
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
  if(NOT code STREQUAL "${expected}")
    message(SEND_ERROR "${name}: exit code ${code}, expected ${expected}\n  args: ${ARGN}\n  stdout: ${out}\n  stderr: ${err}")
  else()
    message(STATUS "ok   ${name}: exit ${code}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
  set(code "${code}" PARENT_SCOPE)
endfunction()

# json_field(<name> <member>): stdout must be one JSON object; reads one member into `field`.
function(json_field name member)
  string(JSON field ERROR_VARIABLE problem GET "${out}" ${member})  # a path: "a;0;b"
  if(problem)
    message(SEND_ERROR "${name}: stdout is not the expected JSON (${problem}):\n${out}")
  endif()
  set(field "${field}" PARENT_SCOPE)
endfunction()

function(expect_equal name actual expected)
  if(NOT "${actual}" STREQUAL "${expected}")
    message(SEND_ERROR "${name}: got '${actual}', expected '${expected}'")
  endif()
endfunction()

set(sql "${WORK}/sql-server.reg")
set(plain "${WORK}/plain-server.reg")
file(COPY "${SNAPSHOTS}/sql-server.reg" "${SNAPSHOTS}/plain-server.reg" DESTINATION "${WORK}")
file(SHA256 "${sql}" sql_original)
set(backups "${WORK}/backups")

# 0: reading commands.
run(0 "help" --help)
if(NOT out MATCHES "Exit codes:")
  message(SEND_ERROR "help: no exit-code table in --help")
endif()
run(0 "scan --json" scan --snapshot "${sql}" --json)
json_field("scan --json" schema)
expect_equal("scan schema" "${field}" "shareguard/1")
json_field("scan --json" kind)
expect_equal("scan kind" "${field}" "scan")
run(0 "plan --json" plan --snapshot "${sql}" --json)
json_field("plan --json" kind)
expect_equal("plan kind" "${field}" "plan")
run(0 "profiles list" profiles list)

# 2: bad arguments and bad input, nothing changed.
# explain: one setting's card; its JSON kind and the row's effect on this machine.
run(0 "explain --json" explain AutoShareServer --snapshot "${sql}" --json)
json_field("explain --json" kind)
expect_equal("explain kind" "${field}" "explain")
json_field("explain --json" "proposed;effect")
expect_equal("explain AutoShareServer effect (absent -> 1 changes nothing)" "${field}" "none")
json_field("explain --json" "proposed;restart")
expect_equal("explain AutoShareServer restart" "${field}" "none")
run(0 "explain text" explain restrictremotesam --snapshot "${sql}")
if(NOT out MATCHES "WN22-MS-000060" OR out MATCHES "V-253457")
  message(SEND_ERROR "explain RestrictRemoteSAM on Server 2022: wrong STIG id\n${out}")
endif()
run(2 "explain unknown setting" explain NoSuchValue --snapshot "${sql}")
# plan --json: the recommended SQL plan restarts nothing for the shares; SMBv1's
# reboot is conditional on a snapshot of build 20348.
run(0 "plan --json effect" plan --snapshot "${sql}" --recommended --json)
json_field("plan --json effect" restart)
expect_equal("plan restart summary" "${field}" "reboot_if_smb1_installed")
json_field("plan --json effect" "changes;0;effect")
expect_equal("plan AutoShareServer effect" "${field}" "none")

# plan --export-reg: the pending rows as a regedit file (BOM, UTF-16LE): every
# pending value in it, no other; the JSON says where it went.
set(exported "${WORK}/sql-changes.reg")
run(0 "plan --export-reg" plan --snapshot "${sql}" --recommended --json --export-reg "${exported}")
json_field("plan --export-reg" exported_reg)
if(NOT EMULATOR)
  expect_equal("plan --export-reg: exported_reg" "${field}" "${exported}")
elseif(NOT field MATCHES "sql-changes\\.reg$")  # a Windows path under Wine
  message(SEND_ERROR "plan --export-reg: exported_reg is '${field}'")
endif()
if(NOT EXISTS "${exported}")
  message(SEND_ERROR "plan --export-reg: no file ${exported}")
else()
  file(READ "${exported}" bom LIMIT 2 HEX)
  expect_equal("plan --export-reg: a UTF-16LE BOM" "${bom}" "fffe")
  file(STRINGS "${exported}" lines ENCODING UTF-16LE)
  list(GET lines 0 header)
  if(NOT header MATCHES "^Windows Registry Editor Version 5\\.00")
    message(SEND_ERROR "plan --export-reg: the first line is '${header}'")
  endif()
  # name -> the rest of its line ("dword:00000001", "-" for a deletion).
  set(names "")
  foreach(line IN LISTS lines)
    if(line MATCHES "^\"([^\"]*)\"=([^\r]*)")
      list(APPEND names "${CMAKE_MATCH_1}")
      set("data_${CMAKE_MATCH_1}" "${CMAKE_MATCH_2}")
    endif()
  endforeach()
  list(LENGTH names exported_values)
  json_field("plan --export-reg" pending)
  expect_equal("plan --export-reg: one value per pending row" "${exported_values}" "${field}")
  string(JSON rows LENGTH "${out}" changes)
  math(EXPR last_row "${rows} - 1")
  foreach(i RANGE ${last_row})
    json_field("plan --export-reg" "changes;${i};value_name")
    set(name "${field}")
    json_field("plan --export-reg" "changes;${i};action")
    if(field STREQUAL "none")
      if(name IN_LIST names)
        message(SEND_ERROR "plan --export-reg: ${name} changes nothing but is in the file")
      endif()
    elseif(NOT name IN_LIST names)
      message(SEND_ERROR "plan --export-reg: the pending ${name} is not in the file")
    endif()
  endforeach()
  expect_equal("plan --export-reg: RestrictAnonymous" "${data_RestrictAnonymous}" "dword:00000001")
endif()
run(2 "plan --export-reg into a missing folder" plan --snapshot "${sql}" --export-reg "${WORK}/no-such-folder/x.reg")
if(NOT err MATCHES "no-such-folder")
  message(SEND_ERROR "plan --export-reg into a missing folder: the message does not name the file\n${err}")
endif()
run(2 "plan --export-reg over its own snapshot" plan --snapshot "${sql}" --export-reg "${sql}")

# A LanmanNT domain controller keeps its anonymous pipes: a profile emptying them
# is refused without --force, and nothing changes.
set(dc "${WORK}/domain-controller.reg")
file(COPY "${SNAPSHOTS}/domain-controller.reg" DESTINATION "${WORK}")
file(SHA256 "${dc}" dc_original)
file(WRITE "${WORK}/empty-pipes.json" [=[{ "schema": "shareguard-profile/1", "name": "empty-pipes", "strategy": "restrict",
  "settings": { "NullSessionPipes": { "value": [] } } }]=])
run(2 "apply breaking a proven DC" apply --snapshot "${dc}" --profile "${WORK}/empty-pipes.json" --yes
    --backup-dir "${WORK}/dc-backups")
if(NOT err MATCHES "NullSessionPipes")
  message(SEND_ERROR "apply breaking a proven DC: the refusal does not name the value\n${err}")
endif()
file(SHA256 "${dc}" dc_now)
expect_equal("proven DC snapshot unchanged" "${dc_now}" "${dc_original}")
run(0 "apply breaking a proven DC with --force" apply --snapshot "${dc}" --profile "${WORK}/empty-pipes.json" --yes
    --force --backup-dir "${WORK}/dc-backups")

run(2 "no subcommand")
run(2 "unknown option" scan --snapshot "${sql}" --bogus)
run(2 "conflicting options" plan --snapshot "${sql}" --strategy block --profile workstation)
run(2 "unknown profile" apply --snapshot "${sql}" --profile no-such-profile --yes)
file(WRITE "${WORK}/bad.json" "{\n  \"schema\": \"shareguard-profile/1\",\n  \"name\": oops\n}\n")
run(2 "malformed profile" apply --snapshot "${sql}" --profile "${WORK}/bad.json" --yes --json)
json_field("malformed profile" kind)
expect_equal("malformed profile kind" "${field}" "error")
json_field("malformed profile" line)
expect_equal("malformed profile line" "${field}" "3")
json_field("malformed profile" column)
expect_equal("malformed profile column" "${field}" "11")
run(2 "missing snapshot" scan --snapshot "${WORK}/missing.reg")
run(2 "apply without --yes" apply --snapshot "${sql}")
run(2 "missing backup" restore --snapshot "${sql}" --backup "${WORK}/missing-backup.reg" --yes)
file(SHA256 "${sql}" sql_now)
expect_equal("sql-server.reg unchanged by bad input" "${sql_now}" "${sql_original}")

# 5: not compliant.
run(5 "check" check --snapshot "${sql}" --json)
json_field("check" compliant)
expect_equal("check compliant" "${field}" "OFF")

# 3, then 4: block on a server needs a Server service restart; then nothing to do.
run(3 "apply block" apply --snapshot "${plain}" --strategy block --yes --backup-dir "${backups}" --json)
json_field("apply block" backup)
set(backup "${field}")
json_field("apply block" status)
expect_equal("apply status" "${field}" "success")
run(4 "apply again" apply --snapshot "${plain}" --strategy block --yes --backup-dir "${backups}")
run(0 "check after apply" check --snapshot "${plain}" --strategy block)

# A backup sealed on "another machine" (another key): refused, nothing written.
# Linux keeps the key under $XDG_STATE_HOME; under Wine it lives in the prefix's
# ProgramData, and the engine suite covers this case there (test_restore).
if(NOT EMULATOR)
  file(SHA256 "${plain}" plain_before)
  set(ENV{XDG_STATE_HOME} "${WORK}/other-machine-state")
  run(2 "restore another machine's backup" restore --snapshot "${plain}" --backup "${backup}" --yes
      --backup-dir "${backups}")
  set(ENV{XDG_STATE_HOME} "${WORK}/state")
  if(NOT err MATCHES "HMAC|hmac|this machine")
    message(SEND_ERROR "restore another machine's backup: the refusal does not say why\n${err}")
  endif()
  file(SHA256 "${plain}" plain_after)
  expect_equal("another machine's backup wrote nothing" "${plain_after}" "${plain_before}")
endif()

# restore: back to the original bytes.
run(3 "restore" restore --snapshot "${plain}" --backup "${backup}" --yes --backup-dir "${backups}")
file(SHA256 "${plain}" plain_now)
file(SHA256 "${SNAPSHOTS}/plain-server.reg" plain_original)
expect_equal("plain-server.reg restored" "${plain_now}" "${plain_original}")

# 9: values a policy owns (wizard/ownership.h) are left as they are unless --include-managed.
set(member "${WORK}/gpo-member-server.reg")
file(COPY "${SNAPSHOTS}/gpo-member-server.reg" "${SNAPSHOTS}/intune-workstation.reg" DESTINATION "${WORK}")
file(WRITE "${WORK}/everyone.json" [=[{"schema":"shareguard-profile/1","name":"everyone","strategy":"restrict",
 "settings":{"EveryoneIncludesAnonymous":{"value":0}}}]=])
file(SHA256 "${member}" member_before)
run(9 "apply leaves a GPO's value" apply --snapshot "${member}" --profile "${WORK}/everyone.json" --yes
    --backup-dir "${backups}")
if(NOT err MATCHES "EveryoneIncludesAnonymous is left as it is: possibly owned by Group Policy")
  message(SEND_ERROR "apply leaves a GPO's value: no line naming the value and its owner\n${err}")
endif()
file(SHA256 "${member}" member_after)
expect_equal("a GPO's value left: snapshot unchanged" "${member_after}" "${member_before}")
run(9 "apply leaves a GPO's value --json" apply --snapshot "${member}" --profile "${WORK}/everyone.json" --yes
    --backup-dir "${backups}" --json)
json_field("apply --json" "results;0;outcome")
expect_equal("left_to_policy outcome" "${field}" "left_to_policy")
run(5 "check a GPO's value" check --snapshot "${member}" --profile "${WORK}/everyone.json" --json)
json_field("check a GPO's value" "settings;0;managed_by")
expect_equal("check managed_by" "${field}" "gpo")
run(0 "apply --include-managed" apply --snapshot "${member}" --profile "${WORK}/everyone.json" --yes
    --include-managed --backup-dir "${backups}")
file(WRITE "${WORK}/ra.json" [=[{"schema":"shareguard-profile/1","name":"ra","strategy":"restrict",
 "settings":{"RestrictAnonymous":{"value":1}}}]=])
run(0 "check an MDM's value" check --snapshot "${WORK}/intune-workstation.reg" --profile "${WORK}/ra.json" --json)
json_field("check an MDM's value" "settings;0;compliance")
expect_equal("compliant by policy" "${field}" "compliant_by_policy")
json_field("check an MDM's value" "settings;0;managed_by")
expect_equal("check managed_by mdm" "${field}" "mdm")
