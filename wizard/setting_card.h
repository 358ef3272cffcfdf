#pragma once
// Everything ShareGuard knows about one setting, as data for a front end's
// "card": the catalog's facts (meanings, default, Group Policy name, baselines,
// restart need, what it may break, sources) and, for a scanned machine, the
// current and effective values and what the recommendation proposes and why.
#include <optional>
#include <vector>

#include "wizard/catalog.h"
#include "wizard/detection.h"
#include "wizard/plan.h"

namespace sg {

struct setting_card {
    const setting* entry = nullptr;
    std::optional<setting_state> state;         ///< the machine's current value (when scanned)
    std::optional<reg_value> windows_default;   ///< what absence means on this machine; nullopt: unknown
    std::optional<reg_value> effective;         ///< what Windows acts on now; nullopt: unknown
    std::optional<planned_change> proposed;     ///< the plan's row for this setting, if it has one
    std::optional<unmanaged_setting> left_alone;  ///< or why the profile leaves it as it is
    std::vector<const baseline_ref*> baselines; ///< STIG items for this machine (all when not scanned)
    std::optional<value_ownership> ownership;   ///< whether a GPO or MDM owns it (when scanned)
};

/// The card for `s` on a scanned machine with its plan (either may be null: then
/// only the catalog's facts, and every family's baselines).
setting_card make_card(const setting& s, const scan_result* scan, const plan* p);

}  // namespace sg
