#include "wizard/fleet/export_intune.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <string_view>

namespace sg::fleet {
namespace {

constexpr std::string_view eol = "\r\n";

std::string join_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines) out += l + std::string(eol);
    return out;
}

/// A PowerShell single-quoted literal. PowerShell also takes the typographic
/// single quotes (U+2018..U+201B) as quote characters, so those are doubled too.
std::string ps_quote(const std::string& text) {
    std::string out = "'";
    for (std::size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        if (text[i] == '\'') out += '\'';
        // U+2018..U+201B are E2 80 98..9B in UTF-8.
        if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
            static_cast<unsigned char>(text[i + 1]) == 0x80 && static_cast<unsigned char>(text[i + 2]) >= 0x98 &&
            static_cast<unsigned char>(text[i + 2]) <= 0x9B) {
            out += text.substr(i + 1, 2);
            out += text.substr(i, 3);
            i += 2;
        }
    }
    return out + "'";
}

std::string_view kind_id(expected_kind k) {
    switch (k) {
    case expected_kind::absent: return "Absent";
    case expected_kind::dword: return "DWord";
    case expected_kind::string: return "String";
    case expected_kind::multi_string: return "MultiString";
    }
    return "Absent";
}

std::string_view restart_id(restart_need r) {
    switch (r) {
    case restart_need::none: return "none";
    case restart_need::server_service: return "server_service";
    case restart_need::reboot: return "reboot";
    case restart_need::reboot_if_smb1_installed: return "reboot_if_smb1_installed";
    case restart_need::new_logon: return "new_logon";
    }
    return "none";
}

std::string csv_field(const std::string& text) {
    // RFC 4180: quote every field, double the quotes inside.
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string csp_description(const csp_setting& s) {
    return fmt::format("ShareGuard: {} ({}). {}. Source: {}", s.entry->value_name,
                       s.entry->group_policy.empty() ? "no Group Policy name" : s.entry->group_policy,
                       s.node->applies_to, s.node->source);
}

std::vector<std::string> script_header(const deployment_header& h, std::string_view role) {
    std::vector<std::string> lines;
    for (const std::string& l : header_lines(h)) lines.push_back("# " + l);
    lines.push_back("# " + std::string(role));
    lines.push_back("# Intune Remediations: run in 64-bit PowerShell = Yes, as SYSTEM (logged-on credentials = No).");
    lines.push_back("# Output stays under 2048 characters (Intune keeps no more); no reboot or service restart here.");
    return lines;
}

// The table and the helpers both scripts share. The rules are those of
// sg::fleet::remediation_verdict (wizard/fleet/remediation_table.h).
std::vector<std::string> common_part(const remediation_table& table) {
    std::vector<std::string> s = {
        "$ErrorActionPreference = 'Stop'",
        "Set-StrictMode -Version 2.0",
        "",
        "# One row per value: Key below HKLM, Name, Kind (Absent = must not exist), Data, Restart.",
        "$Expected = @(",
    };
    for (const expected_value& row : table) s.push_back("    " + render_table_row(row));
    s.insert(s.end(), {
        ")",
        fmt::format("$MaxData = {}", max_data_chars),
        fmt::format("$MaxError = {}", max_error_chars),
        "",
        "# The 64-bit view explicitly: a 32-bit host would otherwise be redirected.",
        "$Hklm = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine,"
        " [Microsoft.Win32.RegistryView]::Registry64)",
        "",
        "function Limit-Text([string]$Text, [int]$Max) {",
        "    $clean = $Text -replace '[\\x00-\\x1f]', '?'",
        "    if ($clean.Length -le $Max) { return $clean }",
        "    return $clean.Substring(0, $Max - 3) + '...'",
        "}",
        "",
        "function Get-Observed($Row) {",
        "    $key = $Hklm.OpenSubKey($Row.Key)",
        "    if ($null -eq $key) { return @{ Kind = 'Absent'; Data = $null } }",
        "    try {",
        "        $value = $key.GetValue($Row.Name, $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames)",
        "        if ($null -eq $value) { return @{ Kind = 'Absent'; Data = $null } }",
        "        $kind = $key.GetValueKind($Row.Name).ToString()",
        "        if ($kind -eq 'DWord') {",
        "            # GetValue returns a signed Int32; the registry holds an unsigned DWORD.",
        "            $number = [int64]$value",
        "            if ($number -lt 0) { $number += 4294967296 }",
        "            return @{ Kind = $kind; Data = $number }",
        "        }",
        "        if ($kind -eq 'MultiString') {",
        "            # Empty elements carry no name and are ignored, as the engine's rules do.",
        "            $list = @($value | Where-Object { $_ -ne '' })",
        "            return @{ Kind = $kind; Data = $list }",
        "        }",
        "        return @{ Kind = $kind; Data = $value }",
        "    } finally {",
        "        $key.Dispose()",
        "    }",
        "}",
        "",
        "function Test-Compliant($Row, $Observed) {",
        "    if ($Row.Kind -eq 'Absent') { return $Observed.Kind -eq 'Absent' }",
        "    if ($Observed.Kind -cne $Row.Kind) { return $false }",
        "    if ($Row.Kind -eq 'DWord') { return [int64]$Observed.Data -eq [int64]$Row.Data }",
        "    if ($Row.Kind -eq 'String') {",
        "        return [string]::Equals([string]$Observed.Data, [string]$Row.Data, [System.StringComparison]::Ordinal)",
        "    }",
        "    $seen = @($Observed.Data)",
        "    $want = @($Row.Data)",
        "    if ($seen.Count -ne $want.Count) { return $false }",
        "    for ($i = 0; $i -lt $want.Count; $i++) {",
        "        if (-not [string]::Equals([string]$seen[$i], [string]$want[$i], [System.StringComparison]::Ordinal)) {",
        "            return $false",
        "        }",
        "    }",
        "    return $true",
        "}",
        "",
        "function Format-Value([string]$Kind, $Data) {",
        "    if ($Kind -eq 'Absent') { return 'absent' }",
        "    if ($Kind -eq 'DWord') { return 'DWord ' + [string]$Data }",
        "    if ($Kind -eq 'String') { return 'String \"' + [string]$Data + '\"' }",
        "    if ($Kind -eq 'MultiString') { return 'MultiString {' + (@($Data) -join ', ') + '}' }",
        "    return $Kind",
        "}",
        "",
    });
    return s;
}

}  // namespace

std::string render_table_row(const expected_value& row) {
    std::string data;
    switch (row.kind) {
    case expected_kind::absent: data = "$null"; break;
    case expected_kind::dword: data = std::to_string(row.dword); break;
    case expected_kind::string: data = ps_quote(row.text); break;
    case expected_kind::multi_string: {
        data = "@(";
        for (std::size_t i = 0; i < row.list.size(); ++i) data += (i ? ", " : "") + ps_quote(row.list[i]);
        data += ")";
        break;
    }
    }
    return fmt::format("@{{ Key = {}; Name = {}; Kind = '{}'; Data = {}; Restart = '{}' }}", ps_quote(row.key),
                       ps_quote(row.name), kind_id(row.kind), data,
                       restart_id(row.entry ? row.entry->restart : restart_need::none));
}

remediation_table intune_remediation_table(const deployment& d) {
    remediation_table table;
    for (const deployed_value& v : d.values)
        if (!try_csp_setting(v)) table.push_back(expected_row(v));
    return table;
}

std::vector<csp_setting> intune_csp_settings(const deployment& d) {
    std::vector<csp_setting> rows;
    for (const deployed_value& v : d.values)
        if (auto s = try_csp_setting(v)) rows.push_back(*s);
    return rows;
}

std::string render_detect_script(const deployment_header& h, const remediation_table& table) {
    std::vector<std::string> s = script_header(
        h, "Detection script: exit 1 when any value differs (not compliant: the remediation runs), 0 otherwise.");
    s.push_back("");
    auto common = common_part(table);
    s.insert(s.end(), common.begin(), common.end());
    s.insert(s.end(), {
        "$lines = New-Object System.Collections.Generic.List[string]",
        "try {",
        "    $differ = 0",
        "    foreach ($row in $Expected) {",
        "        $observed = Get-Observed $row",
        "        $seen = Limit-Text (Format-Value $observed.Kind $observed.Data) $MaxData",
        "        if (Test-Compliant $row $observed) {",
        "            $lines.Add('OK ' + $row.Name + ': ' + $seen)",
        "        } else {",
        "            $differ++",
        "            $want = Limit-Text (Format-Value $row.Kind $row.Data) $MaxData",
        "            $lines.Add('DIFF ' + $row.Name + ': ' + $seen + ', expected ' + $want)",
        "        }",
        "    }",
        "    if ($differ -eq 0) {",
        "        $lines.Add('Compliant: ' + $Expected.Count + ' values checked.')",
        "        $code = 0",
        "    } else {",
        "        $lines.Add('Not compliant: ' + $differ + ' of ' + $Expected.Count + ' values differ.')",
        "        $code = 1",
        "    }",
        "} catch {",
        "    # Compliance could not be shown: report it as not compliant.",
        "    $lines.Add('ERROR: ' + (Limit-Text $_.Exception.Message $MaxError))",
        "    $code = 1",
        "}",
        "foreach ($line in $lines) { Write-Output $line }",
        "exit $code",
    });
    return join_lines(s);
}

std::string render_remediate_script(const deployment_header& h, const remediation_table& table) {
    std::vector<std::string> s = script_header(
        h, "Remediation script: writes or removes each differing value, checks again, exits 0 when all comply, else 1.");
    s.push_back("# It restarts nothing: values that need a Server-service restart or a reboot say so in the output.");
    s.push_back("");
    auto common = common_part(table);
    s.insert(s.end(), common.begin(), common.end());
    s.insert(s.end(), {
        "function Set-Expected($Row) {",
        "    if ($Row.Kind -eq 'Absent') {",
        "        $key = $Hklm.OpenSubKey($Row.Key, $true)",
        "        if ($null -eq $key) { return }",
        "        try { $key.DeleteValue($Row.Name, $false) } finally { $key.Dispose() }",
        "        return",
        "    }",
        "    $key = $Hklm.CreateSubKey($Row.Key)",
        "    try {",
        "        $kind = [Microsoft.Win32.RegistryValueKind]$Row.Kind",
        "        if ($Row.Kind -eq 'DWord') {",
        "            # SetValue takes a DWORD as a signed Int32: pass the same 32 bits.",
        "            $value = [BitConverter]::ToInt32([BitConverter]::GetBytes([uint32]$Row.Data), 0)",
        "        } elseif ($Row.Kind -eq 'MultiString') {",
        "            $value = [string[]]@($Row.Data)",
        "        } else {",
        "            $value = [string]$Row.Data",
        "        }",
        "        $key.SetValue($Row.Name, $value, $kind)",
        "    } finally {",
        "        $key.Dispose()",
        "    }",
        "}",
        "",
        "function Get-PendingNote([string]$Restart) {",
        fmt::format("    if ($Restart -eq 'server_service') {{ return '; {}' }}", pending_note(restart_need::server_service)),
        fmt::format("    if ($Restart -eq 'reboot') {{ return '; {}' }}", pending_note(restart_need::reboot)),
        fmt::format("    if ($Restart -eq 'reboot_if_smb1_installed') {{ return '; {}' }}",
                    pending_note(restart_need::reboot_if_smb1_installed)),
        fmt::format("    if ($Restart -eq 'new_logon') {{ return '; {}' }}", pending_note(restart_need::new_logon)),
        "    return ''",
        "}",
        "",
        "$lines = New-Object System.Collections.Generic.List[string]",
        "try {",
        "    $differ = 0",
        "    foreach ($row in $Expected) {",
        "        $before = Get-Observed $row",
        "        if (Test-Compliant $row $before) {",
        "            $lines.Add('OK ' + $row.Name + ': ' + (Limit-Text (Format-Value $before.Kind $before.Data) $MaxData))",
        "            continue",
        "        }",
        "        $problem = ''",
        "        try { Set-Expected $row } catch { $problem = ' (' + (Limit-Text $_.Exception.Message $MaxError) + ')' }",
        "        $after = Get-Observed $row",
        "        $want = Limit-Text (Format-Value $row.Kind $row.Data) $MaxData",
        "        if (Test-Compliant $row $after) {",
        "            $lines.Add('SET ' + $row.Name + ': ' + $want + (Get-PendingNote $row.Restart))",
        "        } else {",
        "            $differ++",
        "            $seen = Limit-Text (Format-Value $after.Kind $after.Data) $MaxData",
        "            $lines.Add('FAILED ' + $row.Name + ': ' + $seen + ', expected ' + $want + $problem)",
        "        }",
        "    }",
        "    if ($differ -eq 0) {",
        "        $lines.Add('Remediated: ' + $Expected.Count + ' values compliant.')",
        "        $code = 0",
        "    } else {",
        "        $lines.Add('Not remediated: ' + $differ + ' of ' + $Expected.Count + ' values still differ.')",
        "        $code = 1",
        "    }",
        "} catch {",
        "    $lines.Add('ERROR: ' + (Limit-Text $_.Exception.Message $MaxError))",
        "    $code = 1",
        "}",
        "foreach ($line in $lines) { Write-Output $line }",
        "exit $code",
    });
    return join_lines(s);
}

namespace {

std::string why_remediation(const deployed_value& v) {
    if (!try_find_csp_node(*v.entry)) return "no Policy CSP node carries this value";
    if (!v.value) return "the value is removed, which a CSP value cannot express";
    return "the Policy CSP node does not document this value";
}

std::string render_readme(const deployment& d, const std::vector<csp_setting>& csp, const remediation_table& table) {
    std::vector<std::string> r;
    for (const std::string& l : header_lines(d.header)) r.push_back(l);
    r.insert(r.end(), {
        "",
        "ShareGuard export for Microsoft Intune",
        "======================================",
        "",
        "Where each value goes:",
    });
    for (const csp_setting& s : csp)
        r.push_back(fmt::format("  {} = {}: Custom profile, OMA-URI {}", s.entry->value_name, s.value, s.node->oma_uri()));
    for (const deployed_value& v : d.values)
        if (!try_csp_setting(v))
            r.push_back(fmt::format("  {}: Remediation ({})", v.entry->value_name, why_remediation(v)));
    for (const left_out_setting& gap : d.left_out)
        r.push_back(fmt::format("  {}: not returned here ({})", gap.entry->value_name, undo_gap_id(gap.why)));
    r.push_back("");
    r.push_back("1. Custom configuration profile (policy-csp.json, policy-csp.csv)");
    if (csp.empty()) {
        r.push_back("   No value of this deployment has a Policy CSP node: no profile files are written.");
    } else {
        r.insert(r.end(), {
            "   In the Intune admin center: Devices > Configuration > Create > New policy; Platform \"Windows 10 and",
            "   later\"; Profile type \"Templates\" > \"Custom\". Under Configuration settings add one OMA-URI row per line",
            "   of policy-csp.csv: Name, Description, OMA-URI, Data type (Integer or String) and Value as given.",
            "   The menu path follows Microsoft's custom-settings article as of this writing (UNCONFIRMED here: not",
            "   checked against the current admin center).",
            "   Rows with the value <enabled/> or <disabled/> are ADMX-backed MSSecurityGuide policies: Data type String,",
            "   value exactly as given (Policy CSP - MSSecurityGuide: \"ADMX-backed ... <Format>chr</Format>\").",
            "   The nodes apply to Windows 10/11 Pro, Enterprise and Education from the version named in each row's",
            "   description (Microsoft's CSP pages, which list no Windows Server edition).",
            "   Whether Windows keeps a value after the profile is unassigned is not stated by these pages",
            "   (UNCONFIRMED): to undo, assign the undo/ export's profile instead.",
            "   LocalAccountTokenFilterPolicy via ApplyUACRestrictionsToLocalAccountsOnNetworkLogon: that <enabled/>",
            "   writes 0 comes from the policy's help text as Intune's settings catalog shows it (Microsoft's text",
            "   read in a third-party copy), not from the CSP page itself.",
        });
    }
    r.push_back("");
    r.push_back("2. Remediations package (remediation/detect.ps1, remediation/remediate.ps1)");
    if (table.empty()) {
        r.push_back("   Every value of this deployment goes through the profile: no remediation scripts are written.");
    } else {
        r.insert(r.end(), {
            "   Devices > Scripts and remediations > Remediations > Create (menu path UNCONFIRMED as above).",
            "   Detection script file: detect.ps1; Remediation script file: remediate.ps1.",
            "   Run this script using the logged-on credentials: No (the scripts write HKLM, which needs SYSTEM).",
            "   Enforce script signature check: No, unless you sign both scripts first; with Yes the device's",
            "   execution policy applies (memdocs remediations.md, fleet-and-packaging.md 2.3).",
            "   Run script in 64-bit PowerShell: Yes. The scripts also open HKLM through the 64-bit view",
            "   themselves, so a 32-bit host is not redirected (which keys WOW64 redirects: UNCONFIRMED here).",
            "   The scripts are UTF-8 without BOM, as Intune asks when signature checks are on.",
            "   detect.ps1 exits 1 when a value differs (\"not compliant\": remediate.ps1 then runs) and 0 when all",
            "   comply; a failure to read counts as not compliant. Each writes one short line per value; the",
            "   output stays under Intune's 2048-character limit.",
            "   remediate.ps1 restarts nothing (Microsoft: no reboot commands in these scripts). Lines ending",
            "   \"restart of the Server service pending\" or \"reboot pending\" name values that take effect only",
            "   then (the catalog's restart need); plan the restart or reboot yourself.",
            "   Rules: a value marked absent must not exist; others must have the same type and data (REG_SZ",
            "   compared case-sensitively, REG_MULTI_SZ in order, empty elements ignored).",
        });
    }
    r.push_back("");
    return join_lines(r);
}

}  // namespace

std::vector<exported_file> export_intune(const deployment& d) {
    std::vector<csp_setting> csp = intune_csp_settings(d);
    remediation_table table = intune_remediation_table(d);
    std::vector<exported_file> files;
    if (!csp.empty()) {
        nlohmann::ordered_json doc;
        doc["header"] = {{"generator", "ShareGuard"},
                         {"tool_version", d.header.tool_version},
                         {"created_utc", d.header.created_utc},
                         {"profile", d.header.profile_name},
                         {"kind", std::string(deployment_kind_id(d.header.kind))},
                         {"lines", header_lines(d.header)}};
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        std::string csv = "name,description,omaUri,dataType,value\r\n";
        for (const csp_setting& s : csp) {
            nlohmann::ordered_json row;
            row["name"] = "ShareGuard " + s.entry->value_name;
            row["description"] = csp_description(s);
            row["omaUri"] = s.node->oma_uri();
            row["dataType"] = std::string(csp_data_type_name(s.node->data_type()));
            if (s.node->data_type() == csp_data_type::integer)
                row["value"] = std::stoll(s.value);
            else
                row["value"] = s.value;
            csv += csv_field(row["name"]) + "," + csv_field(row["description"]) + "," + csv_field(row["omaUri"]) +
                   "," + csv_field(row["dataType"]) + "," + csv_field(s.value) + "\r\n";
            rows.push_back(std::move(row));
        }
        doc["settings"] = std::move(rows);
        files.push_back({"policy-csp.json", doc.dump(2) + "\n"});
        files.push_back({"policy-csp.csv", csv});
    }
    if (!table.empty()) {
        files.push_back({"remediation/detect.ps1", render_detect_script(d.header, table)});
        files.push_back({"remediation/remediate.ps1", render_remediate_script(d.header, table)});
    }
    files.push_back({"README.txt", render_readme(d, csp, table)});
    return files;
}

}  // namespace sg::fleet
