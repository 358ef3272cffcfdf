# Detection on a live (Wine) machine: with no SQL Server, RDS licensing or
# ConfigMgr client registered, `ShareGuardCli.exe scan --json` finds none; once
# they are registered with Wine's `sc create` (and SQL Server's registry keys
# added with `reg add`, named pipes on for SQLEXPRESS, off for the default
# instance), it finds each of them; removed again, none.
#   cmake -DWINE_PREFIX=<prefix> -DCLI=<ShareGuardCli.exe> -P e2e_detection.cmake
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/wine_common.cmake")
sg_require_vars(WINE_PREFIX CLI)
sg_wine_env("${WINE_PREFIX}")

set(services MSSQLSERVER "MSSQL$SQLEXPRESS" TermServLicensing CcmExec)
set(roles sql_server sql_named_pipes rds_licensing sccm_client)
set(sql_root "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Microsoft SQL Server")

# Lists of the scan's service names, role ids, and SQL instances as name=pipes.
function(scan_live out_services out_roles out_instances)
  sg_wine_ok(scan COMMAND "${CLI}" scan --json)
  sg_json_get(target "${scan}" target)
  sg_expect_equal("scan reads the live registry" "${target}" live)
  foreach(list_name services roles sql_instances)
    set(found_${list_name} "")
    string(JSON n LENGTH "${scan}" ${list_name})
    if(n GREATER 0)
      math(EXPR top "${n} - 1")
      foreach(i RANGE ${top})
        if(list_name STREQUAL "services")
          sg_json_get(item "${scan}" services ${i} name)
        elseif(list_name STREQUAL "roles")
          sg_json_get(item "${scan}" roles ${i} role)
        else()
          sg_json_get(name "${scan}" sql_instances ${i} name)
          sg_json_get(pipes "${scan}" sql_instances ${i} named_pipes_enabled)
          set(item "${name}=${pipes}")
        endif()
        list(APPEND found_${list_name} "${item}")
      endforeach()
    endif()
  endforeach()
  set(${out_services} "${found_services}" PARENT_SCOPE)
  set(${out_roles} "${found_roles}" PARENT_SCOPE)
  set(${out_instances} "${found_sql_instances}" PARENT_SCOPE)
endfunction()

function(expect_none when)
  scan_live(found_services found_roles found_instances)
  foreach(s IN LISTS services)
    sg_expect_listed("${when}: scan's services" "${s}" NO ${found_services})
  endforeach()
  foreach(r IN LISTS roles)
    sg_expect_listed("${when}: scan's roles" "${r}" NO ${found_roles})
  endforeach()
  sg_expect_equal("${when}: scan's SQL instances" "${found_instances}" "")
endfunction()

# --- Nothing registered: nothing found.
expect_none("fresh prefix")

# --- Register the services and SQL Server's instance keys.
foreach(s IN LISTS services)
  sg_wine_ok(ignored COMMAND sc create "${s}" binPath= "C:\\windows\\system32\\notepad.exe" start= demand)
endforeach()
sg_wine_ok(ignored COMMAND reg add "${sql_root}\\Instance Names\\SQL" /v MSSQLSERVER /t REG_SZ
                           /d MSSQL16.MSSQLSERVER /f)
sg_wine_ok(ignored COMMAND reg add "${sql_root}\\Instance Names\\SQL" /v SQLEXPRESS /t REG_SZ
                           /d MSSQL16.SQLEXPRESS /f)
sg_wine_ok(ignored COMMAND reg add "${sql_root}\\MSSQL16.SQLEXPRESS\\MSSQLServer\\SuperSocketNetLib\\Np"
                           /v Enabled /t REG_DWORD /d 1 /f)
sg_wine_ok(ignored COMMAND reg add "${sql_root}\\MSSQL16.MSSQLSERVER\\MSSQLServer\\SuperSocketNetLib\\Np"
                           /v Enabled /t REG_DWORD /d 0 /f)

scan_live(found_services found_roles found_instances)
foreach(s IN LISTS services)
  sg_expect_listed("registered: scan's services" "${s}" YES ${found_services})
endforeach()
foreach(r IN LISTS roles)
  sg_expect_listed("registered: scan's roles" "${r}" YES ${found_roles})
endforeach()
sg_expect_listed("SQLEXPRESS with named pipes on" "SQLEXPRESS=ON" YES ${found_instances})
sg_expect_listed("MSSQLSERVER with named pipes off" "MSSQLSERVER=OFF" YES ${found_instances})
message(STATUS "registered: found services ${found_services}; roles ${found_roles}; SQL ${found_instances}")

# --- Remove them again: the prefix is as before, and nothing is found.
foreach(s IN LISTS services)
  sg_wine_ok(ignored COMMAND sc delete "${s}")
endforeach()
sg_wine_ok(ignored COMMAND reg delete "${sql_root}" /f)
expect_none("after removal")
