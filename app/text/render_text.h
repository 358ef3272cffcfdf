#pragma once
// Plain-text renderings for the console and for saved reports. The preview
// text is golden-file tested (tests/golden).
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

}  // namespace sg::text
