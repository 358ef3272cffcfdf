#pragma once
// Machine-readable output: the engine's results as JSON (schema "shareguard/1",
// documented in resources/json-output.md). Data only; no sentences. Every
// document is one object with "schema" and "kind"; additive changes keep version 1.
#include "wizard/setting_card.h"
#include <string>
#include <string_view>

#include "wizard/answers.h"

namespace sg {

struct scan_result;
struct profile;
struct plan;
struct run_report;

inline constexpr int json_schema_version = 1;
inline constexpr std::string_view json_schema_id = "shareguard/1";

std::string scan_to_json(const scan_result& scan);                 ///< kind "scan"
std::string plan_to_json(const plan& p);                           ///< kind "plan"
std::string run_report_to_json(const run_report& report);          ///< kind "run"
/// The same report with another kind: "apply" or "restore".
std::string run_report_to_json(const run_report& report, std::string_view kind);
/// kind "recommendation": the answers and the profile, a reason per target.
std::string recommendation_to_json(const answer_set& answers, const profile& p);
/// kind "profile": a profile's name, strategy, targets and reasons.
std::string profile_summary_to_json(const profile& p);
/// kind "check": each row of the plan as compliant (nothing to write) or not.
std::string check_to_json(const plan& p);
/// kind "explain": one setting's catalog facts and, when scanned, the machine's values.
std::string card_to_json(const setting_card& card);

}  // namespace sg
