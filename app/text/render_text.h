#pragma once
// Plain-text renderings for the console and for saved reports. The preview
// text is golden-file tested (tests/golden).
#include "wizard/setting_card.h"
#include <string>

#include "wizard/answers.h"
#include "wizard/apply.h"
#include "wizard/detection.h"
#include "wizard/plan.h"
#include "wizard/profile.h"

namespace sg::text {

std::string render_scan(const scan_result& scan);
std::string render_answers(const answer_set& answers);
std::string render_recommendation(const profile& p);
std::string render_plan(const plan& p);
std::string render_run_report(const run_report& report);
/// The run's status as one sentence; true also when rows were left to a policy.
std::string run_status_line(const run_report& report);
/// How many rows were left as they are because a policy owns them.
std::size_t left_to_policy_count(const run_report& report);

/// One setting's card: what each value means, the Windows default, Group Policy,
/// baselines, restart, what it may break, notes and sources; with a scan, the
/// machine's current and effective values and the proposal with its reason.
std::string render_card(const setting_card& card);

}  // namespace sg::text
