#pragma once
// The plan both front ends show and apply, with one policy for values
// ShareGuard could not read: such a row can be neither backed up nor checked
// before writing, so it is never written. It starts unticked; the wizard shows
// it with the reason (the administrator who presses Apply has seen it), the
// console refuses an unattended apply that would leave it out unless told to
// (--skip-unreadable).
#include <string>
#include <vector>

#include "wizard/detection.h"
#include "wizard/plan.h"
#include "wizard/profile.h"

namespace sg::session {

/// make_plan, with every unreadable row unticked.
plan plan_to_apply(const scan_result& scan, const profile& chosen);

/// The rows that would write but whose current value could not be read.
std::vector<const planned_change*> unreadable_rows(const plan& p);

}  // namespace sg::session
