# Builds ShareGuard-<version>-x64.msi from an installed tree (`cmake --install`
# of the mingw build): walks the tree, writes a WiX v3 source with one
# component per file, and runs wixl (msitools) on it. The file list is the
# tree's, so the MSI holds exactly what `cmake --install` put there.
#
#   cmake -DTREE=<installed tree> -DVERSION=<x.y.z> -DOUTPUT=<file.msi>
#         -DICON=<shareguard.ico> [-DWIXL=wixl] [-DHELP_LINK=<url>] -P make-msi.cmake
#
# VERSION is the project's version for the real package; the tests pass other
# values to build an upgrade from the same tree without rebuilding anything.
# Next to OUTPUT it leaves the .wxs it built from and <OUTPUT>.txt (product
# code, upgrade code, version: what an Intune detection rule needs).
#
# What wixl 0.101 (Debian 12) cannot do shapes this file (packaging/windows/README.md,
# "The MSI"): no Permission elements (the backup folder's ACL
# is ShareGuard's own job at first use), no util:EventSource (the Event Log
# source is plain registry values), and Type="expandable" is written as REG_SZ
# unless the value starts with "#%".
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/msi-product.cmake")

foreach(var TREE VERSION OUTPUT ICON)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "make-msi.cmake: missing -D${var}=...")
  endif()
endforeach()
if(NOT WIXL)
  set(WIXL wixl)
endif()
if(NOT VERSION MATCHES "^[0-9]+\\.[0-9]+\\.[0-9]+$")
  message(FATAL_ERROR "make-msi.cmake: VERSION must be major.minor.patch (Windows Installer compares those three), not '${VERSION}'")
endif()
if(NOT IS_DIRECTORY "${TREE}" OR NOT EXISTS "${TREE}/${SG_MSI_CONSOLE_EXE}")
  message(FATAL_ERROR "make-msi.cmake: ${TREE} is not an installed ShareGuard tree (no ${SG_MSI_CONSOLE_EXE})")
endif()

function(xml_escape out text)
  string(REPLACE "&" "&amp;" text "${text}")
  string(REPLACE "<" "&lt;" text "${text}")
  string(REPLACE ">" "&gt;" text "${text}")
  string(REPLACE "\"" "&quot;" text "${text}")
  # wixl's preprocessor reads $(var.x); a literal $ is written $$.
  string(REPLACE "$" "$$" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# An MSI identifier (letters, digits, '_', '.'; at most 72 characters) for a
# path of the tree: readable, with a hash of the path so two paths that read
# alike (a-b, a_b) stay apart.
function(msi_id out prefix relative)
  string(MAKE_C_IDENTIFIER "${relative}" readable)
  string(SUBSTRING "${readable}" 0 50 readable)
  string(MD5 hash "${relative}")
  string(SUBSTRING "${hash}" 0 8 hash)
  set(${out} "${prefix}_${readable}_${hash}" PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${TREE}" "${TREE}/*")
file(GLOB_RECURSE dirs LIST_DIRECTORIES true RELATIVE "${TREE}" "${TREE}/*")
list(REMOVE_ITEM dirs ${files})
list(SORT files)
list(SORT dirs)
if(NOT files)
  message(FATAL_ERROR "make-msi.cmake: ${TREE} holds no files")
endif()

# The directory tree below INSTALLFOLDER, as nested <Directory> elements, each
# with its files' components.
function(emit_directory out relative indent)
  set(xml "")
  foreach(file IN LISTS files)
    get_filename_component(parent "${file}" DIRECTORY)
    if(NOT parent STREQUAL relative)
      continue()
    endif()
    get_filename_component(name "${file}" NAME)
    xml_escape(name_xml "${name}")
    msi_id(component_id c "${file}")
    msi_id(file_id f "${file}")
    xml_escape(source_xml "${file}")
    string(APPEND xml "${indent}<Component Id=\"${component_id}\" Guid=\"*\" Win64=\"yes\">\n"
                      "${indent}  <File Id=\"${file_id}\" Name=\"${name_xml}\" Source=\"${source_xml}\" KeyPath=\"yes\"/>\n"
                      "${indent}</Component>\n")
    set_property(GLOBAL APPEND PROPERTY sg_component_refs "${component_id}")
  endforeach()
  foreach(dir IN LISTS dirs)
    get_filename_component(parent "${dir}" DIRECTORY)
    if(NOT parent STREQUAL relative)
      continue()
    endif()
    get_filename_component(name "${dir}" NAME)
    xml_escape(name_xml "${name}")
    msi_id(dir_id d "${dir}")
    emit_directory(inner "${dir}" "${indent}  ")
    string(APPEND xml "${indent}<Directory Id=\"${dir_id}\" Name=\"${name_xml}\">\n${inner}${indent}</Directory>\n")
  endforeach()
  set(${out} "${xml}" PARENT_SCOPE)
endfunction()
emit_directory(install_folder_xml "" "            ")

msi_id(console_file_id f "${SG_MSI_CONSOLE_EXE}")
sg_msi_product_code(product_code "${VERSION}")
sg_msi_component_guid(event_source_guid "EventSource")
sg_msi_component_guid(shortcut_guid "StartMenuShortcut")
xml_escape(manufacturer "${SG_MSI_MANUFACTURER}")
xml_escape(downgrade_message "${SG_MSI_DOWNGRADE_MESSAGE}")

# The Start-menu shortcut, when the tree has the wizard (a console-only build
# has none). Straight in the all-users Programs menu: one shortcut needs no folder.
set(start_menu_xml "")
if(EXISTS "${TREE}/${SG_MSI_WIZARD_EXE}")
  msi_id(wizard_file_id f "${SG_MSI_WIZARD_EXE}")
  set(start_menu_xml "      <Directory Id=\"ProgramMenuFolder\">
        <Component Id=\"StartMenuShortcut\" Guid=\"${shortcut_guid}\" Win64=\"yes\">
          <Shortcut Id=\"WizardShortcut\" Name=\"ShareGuard\" Description=\"Harden IPC$$, the admin shares and anonymous access\"
                    Target=\"[#${wizard_file_id}]\" WorkingDirectory=\"INSTALLFOLDER\"/>
          <RegistryValue Root=\"HKLM\" Key=\"${SG_MSI_PRODUCT_KEY}\" Name=\"StartMenuShortcut\" Type=\"integer\" Value=\"1\" KeyPath=\"yes\"/>
        </Component>
      </Directory>
")
  set_property(GLOBAL APPEND PROPERTY sg_component_refs StartMenuShortcut)
endif()
set_property(GLOBAL APPEND PROPERTY sg_component_refs EventSource)
get_property(component_refs GLOBAL PROPERTY sg_component_refs)
set(feature_xml "")
foreach(ref IN LISTS component_refs)
  string(APPEND feature_xml "      <ComponentRef Id=\"${ref}\"/>\n")
endforeach()

# ARPHELPLINK: a given address, or else the README installed with the programs
# (set once the install folder is known, so INSTALLFOLDER=... on the command line is honoured).
if(HELP_LINK)
  xml_escape(help_link "${HELP_LINK}")
  set(help_link_xml "    <Property Id=\"ARPHELPLINK\" Value=\"${help_link}\"/>\n")
elseif(EXISTS "${TREE}/docs/README.md")
  set(help_link_xml "    <CustomAction Id=\"SetHelpLinkToReadme\" Property=\"ARPHELPLINK\" Value=\"[INSTALLFOLDER]docs\\README.md\"/>
    <InstallExecuteSequence>
      <Custom Action=\"SetHelpLinkToReadme\" After=\"CostFinalize\"/>
    </InstallExecuteSequence>
")
else()
  message(FATAL_ERROR "make-msi.cmake: no HELP_LINK and no docs/README.md in ${TREE} for Add/Remove Programs' help link")
endif()

# wixl finds sources only by relative paths (an absolute one trips a GLib
# assertion), from the folder it runs in: the tree.
file(RELATIVE_PATH icon_relative "${TREE}" "${ICON}")
xml_escape(icon_xml "${icon_relative}")
set(event_key_xml "${SG_MSI_EVENT_SOURCE_KEY}")

file(WRITE "${OUTPUT}.wxs.tmp" "<?xml version=\"1.0\" encoding=\"utf-8\"?>
<!-- Generated by packaging/windows/make-msi.cmake from ${TREE}; do not edit. -->
<Wix xmlns=\"http://schemas.microsoft.com/wix/2006/wi\">
  <Product Id=\"${product_code}\" Name=\"${SG_MSI_PRODUCT_NAME}\" Language=\"1033\" Version=\"${VERSION}\"
           Manufacturer=\"${manufacturer}\" UpgradeCode=\"${SG_MSI_UPGRADE_CODE}\">
    <Package Id=\"*\" InstallerVersion=\"500\" Compressed=\"yes\" InstallScope=\"perMachine\"
             Description=\"${SG_MSI_PRODUCT_NAME} ${VERSION} (x64)\" Manufacturer=\"${manufacturer}\"
             Comments=\"Hardens IPC$$, the default admin shares and anonymous access on Windows\"/>
    <Media Id=\"1\" Cabinet=\"shareguard.cab\" EmbedCab=\"yes\"/>
    <!-- Newer replaces older in place; older over newer is refused. -->
    <MajorUpgrade DowngradeErrorMessage=\"${downgrade_message}\"/>

    <Icon Id=\"ShareGuard.ico\" SourceFile=\"${icon_xml}\"/>
    <Property Id=\"ARPPRODUCTICON\" Value=\"ShareGuard.ico\"/>
    <!-- One feature: Change in Programs and Features would have nothing to offer. -->
    <Property Id=\"ARPNOMODIFY\" Value=\"1\"/>
${help_link_xml}
    <Directory Id=\"TARGETDIR\" Name=\"SourceDir\">
      <Directory Id=\"ProgramFiles64Folder\">
        <Directory Id=\"INSTALLFOLDER\" Name=\"${SG_MSI_INSTALL_FOLDER_NAME}\">
${install_folder_xml}        </Directory>
      </Directory>
${start_menu_xml}      <!-- The Event Log source of app/session/event_log_win.cpp. %ProgramData%\\ShareGuard
           (backups, journal, key) is never part of the package: ShareGuard creates and locks it down
           at first use, and uninstalling keeps it. -->
      <Component Id=\"EventSource\" Guid=\"${event_source_guid}\" Win64=\"yes\">
        <RegistryKey Root=\"HKLM\" Key=\"${event_key_xml}\">
          <RegistryValue Name=\"EventMessageFile\" Type=\"expandable\" Value=\"#%[#${console_file_id}]\" KeyPath=\"yes\"/>
          <RegistryValue Name=\"TypesSupported\" Type=\"integer\" Value=\"${SG_MSI_EVENT_TYPES_SUPPORTED}\"/>
        </RegistryKey>
      </Component>
    </Directory>

    <Feature Id=\"ShareGuard\" Title=\"ShareGuard\" Level=\"1\" Absent=\"disallow\">
${feature_xml}    </Feature>
  </Product>
</Wix>
")
get_filename_component(output_dir "${OUTPUT}" DIRECTORY)
get_filename_component(output_name "${OUTPUT}" NAME_WLE)
set(wxs "${output_dir}/${output_name}.wxs")
file(RENAME "${OUTPUT}.wxs.tmp" "${wxs}")

file(REMOVE "${OUTPUT}")
# -a x64: without it wixl writes an Intel template for 64-bit components.
execute_process(COMMAND "${WIXL}" -a x64 -o "${OUTPUT}" "${wxs}" WORKING_DIRECTORY "${TREE}"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0 OR NOT EXISTS "${OUTPUT}")
  message(FATAL_ERROR "make-msi.cmake: ${WIXL} -a x64 -o ${OUTPUT} ${wxs} failed (${result}):\n${out}${err}")
endif()
file(WRITE "${OUTPUT}.txt" "ProductName ${SG_MSI_PRODUCT_NAME}\nProductVersion ${VERSION}\nProductCode ${product_code}\nUpgradeCode ${SG_MSI_UPGRADE_CODE}\n")
list(LENGTH files file_count)
message(STATUS "make-msi.cmake: ${OUTPUT} (${file_count} files, ProductCode ${product_code})")
