#pragma once
// Stable machine-readable ids for the engine's enumerations, shared by the
// JSON output and the journal. They are part of documented formats
// (resources/json-output.md): never rename one.
#include <string_view>

#include "wizard/apply.h"
#include "wizard/detection.h"
#include "wizard/plan.h"

namespace sg {

std::string_view product_id(product_type p);
std::string_view start_id(service_start s);
std::string_view status_id(value_status s);
std::string_view action_id(change_action a);
std::string_view restart_id(restart_need r);
std::string_view effect_id(change_effect e);
std::string_view feature_state_id(feature_state f);
std::string_view os_family_id(os_family f);
std::string_view service_state_id(service_state s);
std::string_view risk_id(risk_level r);
std::string_view outcome_id(write_outcome o);
std::string_view run_status_id(run_status s);
std::string_view backup_doubt_id(backup_doubt d);
/// "none", "gpo", "mdm", "unknown": the JSON's `managed_by`.
std::string_view policy_owner_id(policy_owner o);

}  // namespace sg
