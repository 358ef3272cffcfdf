# Checks the application manifest embedded in a Windows program (its bytes are
# stored as-is in the .rsrc section): execution level, DPI awareness, common
# controls v6 and the supportedOS entries for Windows 7 to 11.
#   cmake -DEXE=<program.exe> -DLEVEL=<requireAdministrator|asInvoker> -P check_manifest.cmake
file(STRINGS "${EXE}" lines REGEX "requestedExecutionLevel|dpiAware|Common-Controls|supportedOS")
string(JOIN "\n" text ${lines})
set(expected
  "requestedExecutionLevel level=\"${LEVEL}\""
  "PerMonitorV2, PerMonitor"
  "true/pm"
  "Microsoft.Windows.Common-Controls\" version=\"6.0.0.0\""
  "{35138b9a-5d96-4fbd-8e2d-a2440225f93a}"   # Windows 7 / Server 2008 R2
  "{4a2f28e3-53b9-4441-ba9c-d69d4a4a6e38}"   # Windows 8 / Server 2012
  "{1f676c76-80e1-4239-95bb-83d0f6d0da78}"   # Windows 8.1 / Server 2012 R2
  "{8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a}")  # Windows 10, 11 / Server 2016-2025
foreach(needle IN LISTS expected)
  string(FIND "${text}" "${needle}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${EXE}: the manifest lacks ${needle}\nfound:\n${text}")
  endif()
endforeach()
message(STATUS "${EXE}: manifest has ${LEVEL}, DPI awareness, common controls v6, Windows 7-11")
