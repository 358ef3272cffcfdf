#include "wizard/plan.h"

#include <algorithm>

#include "wizard/reg_path.h"

namespace sg {
namespace {

/// Same data as far as Windows is concerned: identical bytes, or for strings and
/// lists the same text (Windows stores an empty REG_MULTI_SZ as 0, 2 or 4 bytes).
bool equivalent(const reg_value& a, const reg_value& b) {
    if (a.type != b.type) return false;
    if (a.data == b.data) return true;
    if (a.type == reg_type::multi_sz) return a.try_as_multi_string() == b.try_as_multi_string();
    if (a.type == reg_type::sz || a.type == reg_type::expand_sz) return a.try_as_string() == b.try_as_string();
    return false;
}

change_action action_for(const setting_state& state, const std::optional<reg_value>& desired) {
    if (state.status == value_status::unreadable) return desired ? change_action::change : change_action::remove;
    if (!state.value) return desired ? change_action::create : change_action::none;
    if (!desired) return change_action::remove;
    if (state.status == value_status::wrong_type) return change_action::change;
    return equivalent(*state.value, *desired) ? change_action::none : change_action::change;
}

/// True when the new value is at least as strict as the old one (for this setting).
bool hardens(const setting& s, const std::optional<reg_value>& current, const std::optional<reg_value>& desired) {
    if (s.hardened_dword) {
        auto target = desired ? desired->try_as_dword() : std::nullopt;
        return target && *target == *s.hardened_dword;
    }
    if (s.type == reg_type::multi_sz) {
        // Removing names from an allow-list hardens; adding names loosens.
        auto before = current ? current->try_as_multi_string().value_or(std::vector<std::string>{})
                              : std::vector<std::string>{};
        auto after = desired ? desired->try_as_multi_string().value_or(std::vector<std::string>{})
                             : std::vector<std::string>{};
        return std::any_of(before.begin(), before.end(), [&](const std::string& name) {
            return std::none_of(after.begin(), after.end(), [&](const std::string& n) { return names_equal(n, name); });
        });
    }
    return desired.has_value();  // an SDDL restriction being written
}

}  // namespace

std::vector<const planned_change*> plan::pending() const {
    std::vector<const planned_change*> rows;
    for (const auto& c : changes)
        if (c.selected && c.action != change_action::none) rows.push_back(&c);
    return rows;
}

restart_need plan::strongest_restart() const {
    restart_need strongest = restart_need::none;
    auto weight = [](restart_need r) {
        switch (r) {
            case restart_need::none: return 0;
            case restart_need::new_logon: return 1;
            case restart_need::server_service: return 2;
            case restart_need::reboot: return 3;
        }
        return 0;
    };
    for (const auto* c : pending())
        if (weight(c->restart) > weight(strongest)) strongest = c->restart;
    return strongest;
}

plan make_plan(const scan_result& scan, const profile& prof) {
    plan p;
    p.target = scan.target;
    p.machine_name = scan.machine_name;
    p.profile_name = prof.name;
    p.strat = prof.strat;
    p.warnings = prof.warnings;
    p.unmanaged = prof.unmanaged;
    for (const auto& t : prof.targets) {
        const setting* s = find_setting(t.setting_id);
        const setting_state* state = scan.state_of(t.setting_id);
        if (!s || !state) continue;  // profiles are validated against the catalog when read
        planned_change c;
        c.setting_id = s->id;
        c.key = state->key;
        c.value_name = s->value_name;
        c.current_status = state->status;
        c.current = state->value;
        c.desired = t.value;
        c.action = action_for(*state, t.value);
        c.restart = c.action == change_action::none ? restart_need::none : s->restart;
        // Only a stricter value can break something; loosening one (shares back on) breaks
        // nothing. Risk: low unless stricter, high when a detected role can break.
        const bool stricter = c.action != change_action::none && hardens(*s, c.current, c.desired);
        if (stricter)
            for (const auto& role : s->can_break_roles)
                if (scan.has_role(role)) c.affected_roles.push_back(role);
        c.risk = !stricter ? risk_level::low : c.affected_roles.empty() ? risk_level::medium : risk_level::high;
        c.why = t.why;
        p.changes.push_back(std::move(c));
    }
    return p;
}

}  // namespace sg
