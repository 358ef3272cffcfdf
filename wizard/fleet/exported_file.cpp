#include "wizard/fleet/exported_file.h"

#include <fmt/format.h>

#include <stdexcept>
#include <string_view>

namespace sg::fleet {

std::vector<std::string> header_lines(const deployment_header& h) {
    std::vector<std::string> lines;
    lines.push_back(fmt::format("Written by ShareGuard {} on {}.", h.tool_version, h.created_utc));
    lines.push_back(fmt::format("Profile: {}", h.profile_name));
    switch (h.kind) {
    case deployment_kind::apply: lines.push_back("Purpose: applies the profile's values."); break;
    case deployment_kind::undo_windows_defaults:
        lines.push_back("Purpose: undo - returns these values to what Windows ships.");
        break;
    case deployment_kind::undo_backup:
        lines.push_back(fmt::format("Purpose: undo - returns these values to the state recorded in backup {}.",
                                    h.undo_source));
        break;
    }
    return lines;
}

std::string key_below_hklm(const setting& s) {
    constexpr std::string_view root = "HKEY_LOCAL_MACHINE\\";
    std::string_view key = s.key;
    // Every catalog key is under HKLM (the catalog test checks it); anything else
    // would be exported to the wrong hive.
    if (key.substr(0, root.size()) != root) throw std::logic_error("fleet: catalog key not under HKLM: " + s.key);
    return std::string(key.substr(root.size()));
}

}  // namespace sg::fleet
