#include "wizard/fleet/gpp_registry_xml.h"

#include <fmt/format.h>

namespace sg::fleet {
namespace {

// The class ids GPMC writes for the Registry preference extension and its items
// (peers-and-formats.md §3.3).
constexpr std::string_view registry_settings_clsid = "{A3CCFC41-DFDB-43a5-8D26-0FE8B954DA51}";
constexpr std::string_view registry_item_clsid = "{9CD4B2F4-923D-47f5-A062-E897DD1DAD50}";

std::uint64_t fnv1a64(std::string_view text, std::uint64_t hash = 0xcbf29ce484222325ULL) {
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

std::string xml_attribute(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

/// XML forbids "--" inside a comment and a comment ending in '-'.
std::string xml_comment_text(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '-' && !out.empty() && out.back() == '-') out += ' ';
        out += c;
    }
    if (!out.empty() && out.back() == '-') out += ' ';
    return out;
}

}  // namespace

std::string gpp_item_uid(std::string_view profile_name, std::string_view setting_id) {
    // The two halves hash the same input with different seeds; the length
    // prefix keeps ("ab","c") and ("a","bc") apart.
    std::string input = fmt::format("{}:{}\n{}", profile_name.size(), profile_name, setting_id);
    std::uint64_t hi = fnv1a64(input);
    std::uint64_t lo = fnv1a64(input, fnv1a64("shareguard gpp uid"));
    hi = (hi & ~0xF000ULL) | 0x8000ULL;              // version 8
    lo = (lo & ~(0xC0ULL << 56)) | (0x80ULL << 56);  // variant 10
    return fmt::format("{{{:08X}-{:04X}-{:04X}-{:04X}-{:012X}}}", hi >> 32, (hi >> 16) & 0xFFFF, hi & 0xFFFF, lo >> 48,
                       lo & 0xFFFFFFFFFFFFULL);
}

std::string gpp_changed_time(std::string_view iso_utc) {
    std::string out(iso_utc.substr(0, 19));
    if (out.size() > 10 && out[10] == 'T') out[10] = ' ';
    return out;
}

std::string render_gpp_registry_xml(const std::vector<std::string>& comment_lines, std::string_view changed,
                                    const std::vector<gpp_registry_item>& items) {
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<!--\r\n";
    for (const std::string& c : comment_lines) out += "  " + xml_comment_text(c) + "\r\n";
    out += "-->\r\n";
    out += fmt::format("<RegistrySettings clsid=\"{}\">\r\n", registry_settings_clsid);
    for (const gpp_registry_item& item : items) {
        // image is GPMC's icon index (cosmetic): 11 replace, 13 delete for a DWORD item.
        // bypassErrors="1": an error (a value already gone) does not stop the
        // extension's other items; GPMC's default for a new item.
        std::string common = item.remove ? " bypassErrors=\"1\"" : " bypassErrors=\"1\" removePolicy=\"1\"";
        out += fmt::format(
            "  <Registry clsid=\"{}\" name=\"{}\" status=\"{}\" image=\"{}\" changed=\"{}\" uid=\"{}\"{}>\r\n",
            registry_item_clsid, xml_attribute(item.value_name), xml_attribute(item.value_name), item.remove ? 13 : 11,
            xml_attribute(changed), item.uid, common);
        out += fmt::format(
            "    <Properties action=\"{}\" displayDecimal=\"1\" default=\"0\" hive=\"HKEY_LOCAL_MACHINE\" "
            "key=\"{}\" name=\"{}\" type=\"REG_DWORD\" value=\"{:08X}\"/>\r\n",
            item.remove ? "D" : "R", xml_attribute(item.key), xml_attribute(item.value_name),
            item.remove ? 0U : item.dword);
        out += "  </Registry>\r\n";
    }
    out += "</RegistrySettings>\r\n";
    return out;
}

}  // namespace sg::fleet
