#include "wizard/setting_card.h"

#include "wizard/effective.h"
#include "wizard/reg_path.h"

namespace sg {

setting_card make_card(const setting& s, const scan_result* scan, const plan* p) {
    setting_card card;
    card.entry = &s;
    if (scan) {
        if (const auto* st = scan->state_of(s.id)) {
            card.state = *st;
            if (st->status != value_status::unreadable) card.effective = try_effective_value(s, st->value, *scan);
        }
        card.windows_default = try_windows_default(s, *scan);
        card.baselines = baselines_for(s, scan->family, scan->product);
        if (const auto* owner = scan->ownership.of(s.id)) card.ownership = *owner;
    } else {
        for (const auto& b : s.baselines) card.baselines.push_back(&b);
    }
    if (p) {
        for (const auto& c : p->changes)
            if (names_equal(c.setting_id, s.id)) card.proposed = c;
        for (const auto& u : p->unmanaged)
            if (names_equal(u.setting_id, s.id)) card.left_alone = u;
    }
    return card;
}

}  // namespace sg
