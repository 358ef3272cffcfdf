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

struct planned_change {
    std::string setting_id;
    std::string key;              ///< resolved key path
    std::string value_name;
    value_status current_status = value_status::absent;
    std::optional<reg_value> current;  ///< nullopt: absent (or unreadable)
    std::optional<reg_value> desired;  ///< nullopt: delete
    change_action action = change_action::none;
    restart_need restart = restart_need::none;  ///< none when action is none
    risk_level risk = risk_level::low;
    std::vector<std::string> affected_roles;  ///< detected roles this change may break
    reason why;
    bool selected = true;         ///< a front end may untick a row
};

struct plan {
    std::string target;           ///< registry description
    std::string machine_name;
    std::string profile_name;
    strategy strat = strategy::restrict;
    std::vector<planned_change> changes;   ///< one per profile target, catalog order
    std::vector<std::string> warnings;     ///< codes, from the profile
    std::vector<unmanaged_setting> unmanaged;  ///< left as they are on purpose, from the profile

    /// The rows that write something (action != none and selected).
    std::vector<const planned_change*> pending() const;
    restart_need strongest_restart() const;
};

plan make_plan(const scan_result& scan, const profile& prof);

}  // namespace sg
