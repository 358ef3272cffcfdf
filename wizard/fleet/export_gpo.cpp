#include "wizard/fleet/export_gpo.h"

#include <fmt/format.h>

#include <stdexcept>

#include "wizard/fleet/gpo_placement.h"
#include "wizard/fleet/gpp_registry_xml.h"
#include "wizard/fleet/gpt_tmpl_inf.h"
#include "wizard/fleet/registry_pol.h"

namespace sg::fleet {
namespace {

constexpr std::string_view pol_file = "Machine/Registry.pol";
constexpr std::string_view inf_file = "Machine/Microsoft/Windows NT/SecEdit/GptTmpl.inf";
constexpr std::string_view xml_file = "Machine/Preferences/Registry/Registry.xml";

std::string windows_path(std::string_view slash_path) {
    std::string out(slash_path);
    for (char& c : out)
        if (c == '/') c = '\\';
    return out;
}

std::string_view tattoo_text(tattoo t) {
    switch (t) {
        case tattoo::no: return "no";
        case tattoo::yes: return "YES";
        case tattoo::unconfirmed: return "UNCONFIRMED";
    }
    return "UNCONFIRMED";
}

std::string value_text(const deployed_value& v) {
    if (!v.value) return "remove the value";
    return fmt::format("{} ({})", display_data(*v.value), reg_type_name(v.value->type));
}

/// What the three policy files and the README are built from.
struct gpo_parts {
    std::vector<pol_record> pol;
    std::vector<std::string> inf_lines;
    std::vector<gpp_registry_item> gpp;
    std::vector<std::string> routes;         ///< README lines, one block per value
    std::vector<std::string> not_in_folder;  ///< README lines: values this folder cannot carry
};

void place(const deployment& d, const deployed_value& v, gpo_parts& parts) {
    const setting& s = *v.entry;
    const gpo_placement& where = placement_for(s);
    std::string route;
    switch (where.mechanism) {
        case gpo_mechanism::registry_pol:
            parts.pol.push_back(v.value ? pol_set_value(key_below_hklm(s), s.value_name, *v.value)
                                        : pol_delete_value(key_below_hklm(s), s.value_name));
            route = v.value ? "Machine\\Registry.pol" : "Machine\\Registry.pol, a **del." + s.value_name + " record";
            break;
        case gpo_mechanism::gpp_registry: {
            std::optional<std::uint32_t> dword = v.value ? v.value->try_as_dword() : std::nullopt;
            if (v.value && !dword) throw std::logic_error("fleet: GPP item is not a DWORD: " + s.id);
            parts.gpp.push_back({gpp_item_uid(d.header.profile_name, s.id), key_below_hklm(s), s.value_name,
                                 dword.value_or(0), !v.value});
            route = v.value ? windows_path(xml_file) + ", action Replace, removePolicy=\"1\""
                            : windows_path(xml_file) + ", action Delete";
            break;
        }
        case gpo_mechanism::security_template: {
            std::optional<std::string> line =
                v.value ? try_registry_values_line(inf_registry_value_name(s), *v.value) : std::nullopt;
            if (line) {
                parts.inf_lines.push_back(*line);
                route = windows_path(inf_file) + ", [Registry Values]";
                break;
            }
            std::string why = v.value ? "a security template has no documented way to write this data (a comma inside "
                                        "a list entry, or a double quote in a string)"
                                      : "a security template sets values; it cannot delete one";
            parts.not_in_folder.push_back(fmt::format(
                "  {} ({}): NOT IN THIS FOLDER: {}. Use the reg or ansible export of the same profile "
                "(shareguard-cli export --format reg or --format ansible), which write or remove it directly.",
                s.value_name, value_text(v), why));
            return;
        }
    }
    parts.routes.push_back(fmt::format("  {} = {}", s.value_name, value_text(v)));
    parts.routes.push_back(fmt::format("    Key: HKEY_LOCAL_MACHINE\\{}", key_below_hklm(s)));
    parts.routes.push_back("    Route: " + route);
    parts.routes.push_back(fmt::format("    Tattoos: {}. {}", tattoo_text(where.tattoos), where.why));
    parts.routes.push_back(fmt::format("    Source: {}", where.source));
}

std::string_view left_out_meaning(undo_gap g) {
    switch (g) {
        case undo_gap::default_varies:
            return "what Windows ships depends on the role or version (settings-and-services.md), so no single value "
                   "is right for a fleet and this folder does not set it: machines keep what the apply folder set. "
                   "To return the state a ShareGuard backup recorded, export again with --undo-from BACKUP.reg.";
        case undo_gap::not_in_backup:
            return "the backup recorded nothing for it, so this folder does not set it: machines keep what the apply "
                   "folder set.";
    }
    return "";
}

std::string readme(const deployment& d, const gpo_parts& parts, const std::vector<exported_file>& files) {
    std::vector<std::string> l;
    l.push_back("ShareGuard: Group Policy export");
    l.push_back("");
    for (const std::string& h : header_lines(d.header)) l.push_back(h);
    l.push_back("Registry.pol has no comment syntax: this README carries its header.");
    l.push_back("");
    l.push_back("FILES");
    for (const exported_file& f : files) l.push_back("  " + windows_path(f.path));
    for (std::string_view name : {pol_file, inf_file, xml_file}) {
        bool written = false;
        for (const exported_file& f : files) written = written || f.path == name;
        if (!written)
            l.push_back("  (" + windows_path(name) +
                        " is not written: no value of this export goes there, and an empty file would still be "
                        "imported as a policy that sets nothing.)");
    }
    l.push_back("");
    l.push_back("VALUES AND THEIR ROUTES");
    if (parts.routes.empty()) l.push_back("  (none in this folder)");
    l.insert(l.end(), parts.routes.begin(), parts.routes.end());
    if (!parts.not_in_folder.empty()) {
        l.push_back("");
        l.push_back("VALUES THIS FOLDER CANNOT CARRY");
        l.insert(l.end(), parts.not_in_folder.begin(), parts.not_in_folder.end());
    }
    if (!d.left_out.empty()) {
        l.push_back("");
        l.push_back("SETTINGS THIS UNDO LEAVES OUT");
        for (const left_out_setting& gap : d.left_out)
            l.push_back(
                fmt::format("  {} ({}): {}", gap.entry->value_name, undo_gap_id(gap.why), left_out_meaning(gap.why)));
    }
    l.push_back("");
    l.push_back("HOW TO IMPORT: DOMAIN (Group Policy Management Console)");
    l.push_back("  1. Create a GPO (Group Policy Objects > New), link it where the machines are, and edit it.");
    l.push_back("  2. GptTmpl.inf: Computer Configuration > Policies > Windows Settings > Security Settings,");
    l.push_back("     right-click > Import Policy..., choose Machine\\Microsoft\\Windows NT\\SecEdit\\GptTmpl.inf.");
    l.push_back("  3. Registry.pol: GPMC has no import for a .pol file. Set each Registry.pol value listed above with");
    l.push_back("     Set-GPRegistryValue (GroupPolicy module), or copy Machine\\Registry.pol into the GPO's");
    l.push_back("     Machine folder on SYSVOL. Whether clients apply a copied file without the GPO's version and");
    l.push_back("     extension list being updated by the editor: UNCONFIRMED.");
    l.push_back("  4. Registry.xml: copy Machine\\Preferences\\Registry\\Registry.xml into the GPO's");
    l.push_back("     Machine\\Preferences\\Registry folder on SYSVOL, or create the items listed above in");
    l.push_back("     Computer Configuration > Preferences > Windows Settings > Registry (Common tab: \"Remove this");
    l.push_back("     item when it is no longer applied\"). Whether clients apply a copied file without the editor");
    l.push_back("     registering the extension in the GPO: UNCONFIRMED.");
    l.push_back("  Import-GPO does NOT take this folder: it needs a Backup-GPO backup (Backup.xml, bkupInfo.xml");
    l.push_back("  and a {BackupId} folder), which ShareGuard does not write (fleet-and-packaging.md §2.2).");
    l.push_back("");
    l.push_back("HOW TO IMPORT: NO DOMAIN (Microsoft's LGPO.exe, on each machine, in this folder)");
    if (!parts.pol.empty()) l.push_back("  LGPO.exe /m Machine\\Registry.pol");
    if (!parts.inf_lines.empty()) l.push_back("  LGPO.exe /s \"Machine\\Microsoft\\Windows NT\\SecEdit\\GptTmpl.inf\"");
    l.push_back("  (flags: peers-and-formats.md §2.4; LGPO \"does not clear or remove settings that are not");
    l.push_back("  specified in the input files\"; its redistribution terms: UNCONFIRMED.)");
    l.push_back("  LGPO cannot import Group Policy Preferences (Registry.xml): it has no flag for them. For the");
    l.push_back("  values in Registry.xml use the reg export (regedit /s shareguard.reg) or the ansible export");
    l.push_back("  instead; written that way they stay until the undo export removes them.");
    l.push_back("");
    l.push_back("UNCONFIRMED");
    l.push_back("  - Which value secedit.sdb holds for a Security Option once the GPO stops defining it (Microsoft:");
    l.push_back("    it goes back to that value if there is one, else it stays; so the undo folder sets the Windows");
    l.push_back("    values explicitly).");
    l.push_back("  - How a [Registry Values] list entry containing a comma, or a string containing a double quote,");
    l.push_back("    is escaped (ShareGuard never writes one; such a value is listed as not in this folder).");
    l.push_back("  - The type and data of a Registry.pol deletion record: Microsoft's page names only the");
    l.push_back("    **del.<value> name; ShareGuard writes REG_SZ \" \" as GPMC-written files do.");
    l.push_back("  - The image attribute of a Registry.xml item (an icon index, cosmetic).");
    l.push_back("");
    std::string out;
    for (const std::string& line : l) out += line + "\r\n";
    return out;
}

}  // namespace

std::vector<exported_file> export_gpo(const deployment& d) {
    gpo_parts parts;
    for (const deployed_value& v : d.values) place(d, v, parts);

    std::vector<exported_file> files;
    if (!parts.pol.empty()) files.push_back({std::string(pol_file), render_registry_pol(parts.pol)});
    if (!parts.inf_lines.empty())
        files.push_back({std::string(inf_file), render_gpt_tmpl_inf(header_lines(d.header), parts.inf_lines)});
    if (!parts.gpp.empty())
        files.push_back(
            {std::string(xml_file),
             render_gpp_registry_xml(header_lines(d.header), gpp_changed_time(d.header.created_utc), parts.gpp)});
    files.push_back({"README.txt", readme(d, parts, files)});
    return files;
}

}  // namespace sg::fleet
