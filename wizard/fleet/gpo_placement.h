#pragma once
// Which Group Policy mechanism carries each catalog setting, as data: the
// Security Settings extension (GptTmpl.inf [Registry Values]), a Group Policy
// Preferences Registry item (Registry.xml) or the Registry extension
// (Registry.pol). Facts: shared/reference/fleet-and-packaging.md §2.1 and
// peers-and-formats.md §3; each row names its source.
#include <string_view>
#include <vector>

#include "wizard/catalog.h"

namespace sg::fleet {

enum class gpo_mechanism {
    security_template,  ///< Machine/Microsoft/Windows NT/SecEdit/GptTmpl.inf, [Registry Values]
    gpp_registry,       ///< Machine/Preferences/Registry/Registry.xml, removePolicy="1"
    registry_pol,       ///< Machine/Registry.pol (PReg)
};

/// Whether the value stays on a machine after the GPO stops applying to it.
enum class tattoo {
    no,           ///< removed by Group Policy when the GPO no longer applies
    yes,          ///< stays: only an explicit undo returns it
    unconfirmed,  ///< no source either way
};

struct gpo_placement {
    std::string_view setting_id;
    gpo_mechanism mechanism;
    tattoo tattoos;
    std::string_view why;     ///< English, for README.txt: why this mechanism and what tattoos
    std::string_view source;  ///< where the fact comes from
};

/// One row per catalog setting, in catalog order.
const std::vector<gpo_placement>& gpo_placements();
/// The row for this catalog setting; a setting without one is a programming
/// error (the fleet_gpo test checks every catalog entry has exactly one).
const gpo_placement& placement_for(const setting& s);
/// The row for this id, or nullptr.
const gpo_placement* try_placement_for(std::string_view setting_id);

std::string_view gpo_mechanism_file(gpo_mechanism m);  ///< "Machine/Registry.pol"...

}  // namespace sg::fleet
