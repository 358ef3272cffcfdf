#pragma once
// Group Policy Preferences Registry items (Machine/Preferences/Registry/
// Registry.xml), shaped as GPMC writes them (shared/reference/
// peers-and-formats.md §3.3): RegistrySettings > Registry > Properties.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sg::fleet {

struct gpp_registry_item {
    std::string uid;  ///< "{...}", from gpp_item_uid
    std::string key;  ///< below HKEY_LOCAL_MACHINE
    std::string value_name;
    std::uint32_t dword = 0;  ///< the value to write (ignored for a removal)
    bool remove = false;      ///< action D (delete the value) instead of R + removePolicy
};

/// A GUID derived from the profile and setting names (a UUIDv8, RFC 9562
/// "custom" layout, built from two FNV-1a hashes), so the same profile exports
/// the same uid every time and golden files stay stable. GPP uses the uid to
/// recognise an item it applied before.
std::string gpp_item_uid(std::string_view profile_name, std::string_view setting_id);

/// "2026-12-02T17:00:00Z" -> "2026-12-02 17:00:00" (the `changed` attribute).
std::string gpp_changed_time(std::string_view iso_utc);

/// The file, UTF-8. A value set becomes action R with removePolicy="1"
/// ("Remove this item when it is no longer applied", which GPMC only offers
/// with action Replace) and bypassErrors="1"; a removal becomes action D.
/// `comment_lines` go into one XML comment after the declaration.
std::string render_gpp_registry_xml(const std::vector<std::string>& comment_lines, std::string_view changed,
                                    const std::vector<gpp_registry_item>& items);

}  // namespace sg::fleet
