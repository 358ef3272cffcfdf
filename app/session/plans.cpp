#include "app/session/plans.h"

namespace sg::session {

plan plan_to_apply(const scan_result& scan, const profile& chosen, managed_rows managed) {
    plan p = make_plan(scan, chosen);
    for (planned_change& c : p.changes) {
        if (c.current_status == value_status::unreadable) c.selected = false;
        if (managed == managed_rows::leave_unticked && c.ownership.managed()) c.selected = false;
    }
    return p;
}

std::vector<const planned_change*> managed_rows_of(const plan& p) {
    std::vector<const planned_change*> out;
    for (const planned_change& c : p.changes)
        if (c.ownership.managed() && c.action != change_action::none) out.push_back(&c);
    return out;
}

std::vector<const planned_change*> unreadable_rows(const plan& p) {
    std::vector<const planned_change*> out;
    for (const planned_change& c : p.changes)
        if (c.current_status == value_status::unreadable && c.action != change_action::none) out.push_back(&c);
    return out;
}

}  // namespace sg::session
