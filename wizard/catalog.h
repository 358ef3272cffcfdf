#pragma once
// The settings catalog: one entry per registry value ShareGuard knows, as data.
// Facts come from shared/reference/settings-and-services.md; every entry names
// its sources. Texts are English reference data marked for translation with
// SG_N_ (a no-op here; the GUI looks them up in its catalog).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wizard/detection.h"
#include "wizard/reg_value.h"

#define SG_N_(text) text

namespace sg {

/// reboot_if_smb1_installed: the SMB1 value needs a reboot where the SMBv1 server is
/// installed and does nothing where it is not; said when ShareGuard cannot tell which.
enum class restart_need { none, server_service, reboot, new_logon, reboot_if_smb1_installed };

struct allowed_value {
    std::string value;    ///< "0", "1", "" (empty list), "O:BAG:BAD:(A;;RC;;;BA)"...
    std::string meaning;  ///< English, SG_N_-marked
};

/// A DISA STIG item for one OS family. Ids differ per family (WN22-SO-... on Server
/// 2022, WN11-SO-... on Windows 11), and some items cover member servers only.
struct baseline_ref {
    enum class scope { any_role, member_only };
    os_family family;
    std::string id;       ///< "WN22-SO-000220 (V-254466)"
    scope applies = scope::any_role;
};

/// What a fresh Windows install holds for a value: the undo twin of a fleet
/// export returns a setting to it. `varies` where it depends on role or version
/// (a domain controller's pipes, SMB signing on Windows 11 24H2): no single
/// value is right for a fleet, so the twin leaves the setting out.
struct shipped_state {
    enum class kind { absent, value, varies };
    kind what = kind::varies;
    std::optional<reg_value> value;  ///< for kind::value

    static shipped_state absent() { return {kind::absent, std::nullopt}; }
    static shipped_state holds(reg_value v) { return {kind::value, std::move(v)}; }
    static shipped_state varies() { return {kind::varies, std::nullopt}; }
};

struct setting {
    std::string id;              ///< stable id used by profiles: "AutoShareServer"
    std::string key;             ///< "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\..."
    std::string value_name;      ///< as Microsoft spells it
    reg_type type;
    std::vector<allowed_value> allowed;  ///< for DWORDs, the only values a profile may set
    std::string windows_default; ///< "absent (acts as 1)", "1 (Enabled)"...
    std::optional<reg_value> default_value;  ///< the effective value when absent, if known
    std::string group_policy;    ///< Microsoft's GP name in English (never translated by ShareGuard), or ""
    std::string recommended;     ///< Microsoft/CIS/STIG recommendation and who says it
    restart_need restart;
    std::string breaks;          ///< what it can break
    std::vector<std::string> notes;    ///< facts an administrator must see (IPC$ stays, Win2000-only...)
    std::vector<std::string> sources;
    bool flagged_by_monitoring = false;  ///< writing the hardened value trips common EDR/SIEM rules
    /// The value hardening moves toward (for DWORDs); nullopt for lists and SDDL.
    std::optional<std::uint32_t> hardened_dword;
    /// Detected roles that hardening this value can break.
    std::vector<role_id> can_break_roles;
    /// DISA STIG items per OS family; a family with none listed has no item known.
    std::vector<baseline_ref> baselines;
    /// What a fresh install holds (settings-and-services.md, the entry's sources).
    shipped_state shipped;
};

/// The items of `s` that apply to this OS family and role (a domain controller gets no
/// member-server item); empty when the family is unknown or has none.
std::vector<const baseline_ref*> baselines_for(const setting& s, os_family family, product_type product);

/// All settings, in display order.
const std::vector<setting>& catalog();
/// The entry with this id (case-insensitive), or nullptr.
const setting* find_setting(std::string_view id);
/// The entry stored at key\\value_name (both case-insensitive), or nullptr.
const setting* find_setting_at(std::string_view key, std::string_view value_name);
/// Whether some entry lives under this key (case-insensitive).
bool is_catalog_key(std::string_view key);

}  // namespace sg
