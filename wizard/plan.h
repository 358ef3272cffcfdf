#pragma once
// A plan: for each target, the current value, the new one, what the write does,
// whether a restart is needed and the risk. Built from a scan and a profile.
#include <optional>
#include <string>
#include <vector>

#include "wizard/catalog.h"
#include "wizard/detection.h"
#include "wizard/profile.h"

namespace sg {

enum class change_action { none, create, change, remove };
enum class risk_level { low, medium, high };

/// What a write does to what Windows does (not to the registry's bytes).
enum class change_effect {
    none,     ///< the effective value stays the same: an explicit value, no effect
    changes,  ///< Windows will act differently
    unknown,  ///< ShareGuard cannot tell what the value does now (unknown default)
    deferred, ///< a Server service setting while the service does not run: effect once it does
};

struct planned_change {
    std::string setting_id;
    std::string key;              ///< resolved key path
    std::string value_name;
    value_status current_status = value_status::absent;
    std::optional<reg_value> current;  ///< nullopt: absent (or unreadable)
    std::optional<reg_value> desired;  ///< nullopt: delete
    change_action action = change_action::none;
    /// What Windows acts on before and after; nullopt when that cannot be told.
    std::optional<reg_value> effective_current;
    std::optional<reg_value> effective_desired;
    change_effect effect = change_effect::none;  ///< none when action is none
    restart_need restart = restart_need::none;  ///< none when action is none or the effect is none
    risk_level risk = risk_level::low;
    std::vector<role_id> affected_roles;  ///< detected roles this change may break
    /// One of affected_roles is proven by detection (not a hint): a front end must not
    /// apply the row unattended without an explicit override.
    bool breaks_proven_role = false;
    reason why;
    /// The DISA STIG items that apply to this value on this machine's OS family and role.
    std::vector<const baseline_ref*> baselines;
    /// Facts about the current value the user must see.
    std::vector<notice_code> notices;
    /// Whether a domain GPO or MDM owns the value (ownership.h). A managed row is
    /// still planned (check compares it); session::plan_to_apply unticks it, since a
    /// policy puts its own value back (every 16 h for security settings).
    value_ownership ownership;
    bool selected = true;         ///< a front end may untick a row
};

struct plan {
    std::string target;           ///< registry description
    std::string machine_name;
    std::string profile_name;
    strategy strat = strategy::restrict;
    std::vector<planned_change> changes;   ///< one per profile target, catalog order
    std::vector<warning_code> warnings;    ///< the profile's, then the machine's
    std::vector<unmanaged_setting> unmanaged;  ///< left as they are on purpose, from the profile

    /// The rows that write something (action != none and selected).
    std::vector<const planned_change*> pending() const;
    /// The strongest need among pending rows (no-effect rows need none).
    restart_need strongest_restart() const;
    /// Pending rows that break a role detection proves.
    std::vector<const planned_change*> breaking_proven_roles() const;
};

plan make_plan(const scan_result& scan, const profile& prof);

/// What writing `to` over `from` (nullopt: absent) does to what Windows does on
/// the scanned machine: none when both mean the same there. Restore and undo
/// judge their writes with it, as plans do.
change_effect effect_of_write(const setting& s, const std::optional<reg_value>& from,
                              const std::optional<reg_value>& to, const scan_result& scan);
/// The restart a write with that effect needs: none when nothing changes (or
/// nothing runs that could pick it up), else the catalog's need.
restart_need restart_for_effect(const setting& s, change_effect effect, const scan_result& scan);

/// Same data as far as Windows is concerned: identical bytes, or for strings and
/// lists the same text.
bool same_bytes_for_windows(const reg_value& a, const reg_value& b);

/// Orders restart needs from none to reboot (a possible reboot below a certain one).
int restart_weight(restart_need r);

}  // namespace sg
