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

/// What to do with rows a GPO or MDM owns (ownership.h): a local write is put
/// back by the policy, so they start unticked unless the administrator says
/// otherwise (the console's --include-managed; ticking the row in the wizard).
enum class managed_rows { leave_unticked, include };

/// make_plan, with every unreadable row unticked, and every managed row unless included.
plan plan_to_apply(const scan_result& scan, const profile& chosen, managed_rows managed = managed_rows::leave_unticked);

/// The rows that would write but that a policy owns.
std::vector<const planned_change*> managed_rows_of(const plan& p);

/// The rows that would write but whose current value could not be read.
std::vector<const planned_change*> unreadable_rows(const plan& p);

}  // namespace sg::session
