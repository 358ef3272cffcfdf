# What the MSI says about ShareGuard, in one place: read by make-msi.cmake
# (which writes the .wxs) and by the tests that check the built package
# (tests/msi/). The version is not here: it is the project's, CMakeLists.txt.
include_guard(GLOBAL)

set(SG_MSI_PRODUCT_NAME "ShareGuard")
# The same company name as the programs' version resource (resources/windows/shareguard-version.rci).
set(SG_MSI_MANUFACTURER "ShareGuard project")
# Never change it: it is how Windows Installer knows a newer ShareGuard replaces
# an older one (MajorUpgrade). Each version's ProductCode is derived from it.
set(SG_MSI_UPGRADE_CODE "{9390E321-4510-45CC-9E06-2BF36D7EE84C}")
# The folder below ProgramFiles64Folder (C:\Program Files\ShareGuard).
set(SG_MSI_INSTALL_FOLDER_NAME "ShareGuard")
# The Start-menu shortcut's target and the Event Log's message file (both
# programs carry the message table, cmake/ShareGuardWindowsResources.cmake;
# the console one is always built).
set(SG_MSI_WIZARD_EXE "ShareGuard.exe")
set(SG_MSI_CONSOLE_EXE "ShareGuardCli.exe")
# The source app/session/event_log_win.cpp reports under (source_name,
# source_key there) and the event types it uses: error 1 | warning 2 | information 4.
set(SG_MSI_EVENT_SOURCE_KEY "SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\ShareGuard")
set(SG_MSI_EVENT_TYPES_SUPPORTED 7)
# Where the shortcut component keeps its key path (HKLM, per-machine install).
set(SG_MSI_PRODUCT_KEY "Software\\ShareGuard")
set(SG_MSI_DOWNGRADE_MESSAGE
    "A newer version of ShareGuard is already installed. To install this older version, uninstall the newer one first (your backups in %ProgramData%\\ShareGuard are kept).")

# The ProductCode of one version: a name-based (SHA-1) UUID under the
# UpgradeCode, so a rebuild of the same version has the same code (an Intune
# detection rule keeps working) and every version has its own.
function(sg_msi_product_code out version)
  string(REGEX REPLACE "[{}]" "" namespace "${SG_MSI_UPGRADE_CODE}")
  string(UUID code NAMESPACE "${namespace}" NAME "ProductCode x64 ${version}" TYPE SHA1 UPPER)
  set(${out} "{${code}}" PARENT_SCOPE)
endfunction()

# Stable component GUIDs for the components that have no file as key path.
function(sg_msi_component_guid out name)
  string(REGEX REPLACE "[{}]" "" namespace "${SG_MSI_UPGRADE_CODE}")
  string(UUID code NAMESPACE "${namespace}" NAME "Component ${name}" TYPE SHA1 UPPER)
  set(${out} "{${code}}" PARENT_SCOPE)
endfunction()
