#include "wizard/plan.h"

#include <algorithm>

#include "wizard/effective.h"
#include "wizard/recommendation.h"
#include "wizard/reg_path.h"

namespace sg {
namespace {

change_action action_for(const setting_state& state, const std::optional<reg_value>& desired) {
    if (state.status == value_status::unreadable) return desired ? change_action::change : change_action::remove;
    if (!state.value) return desired ? change_action::create : change_action::none;
    if (!desired) return change_action::remove;
    if (state.status == value_status::wrong_type) return change_action::change;
    return same_bytes_for_windows(*state.value, *desired) ? change_action::none : change_action::change;
}

change_effect effect_for(const setting& s, const planned_change& c, const scan_result& scan) {
    if (c.action == change_action::none) return change_effect::none;
    if (c.current_status == value_status::unreadable || c.current_status == value_status::wrong_type)
        return change_effect::unknown;
    return effect_of_write(s, c.current, c.desired, scan);
}

/// True when the new value is at least as strict as what Windows does now.
bool hardens(const setting& s, const planned_change& c) {
    if (s.hardened_dword) {
        auto target = c.desired ? c.desired->try_as_dword() : std::nullopt;
        return target && *target == *s.hardened_dword;
    }
    if (s.type == reg_type::multi_sz) {
        // Removing names from an allow-list hardens; adding names loosens. What
        // counts is the list Windows uses: on a domain controller an absent
        // NullSessionPipes still means netlogon, samr and lsarpc.
        const auto& before_value = c.effective_current ? c.effective_current : c.current;
        auto before = before_value ? before_value->try_as_multi_string().value_or(std::vector<std::string>{})
                                   : std::vector<std::string>{};
        auto after = c.desired ? c.desired->try_as_multi_string().value_or(std::vector<std::string>{})
                               : std::vector<std::string>{};
        return std::any_of(before.begin(), before.end(), [&](const std::string& name) {
            return std::none_of(after.begin(), after.end(), [&](const std::string& n) { return names_equal(n, name); });
        });
    }
    return c.desired.has_value();  // an SDDL restriction being written
}

}  // namespace

bool same_bytes_for_windows(const reg_value& a, const reg_value& b) {
    if (a.type != b.type) return false;
    if (a.data == b.data) return true;
    // Windows stores an empty REG_MULTI_SZ as 0, 2 or 4 bytes: the same data.
    if (a.type == reg_type::multi_sz) return a.try_as_multi_string() == b.try_as_multi_string();
    if (a.type == reg_type::sz || a.type == reg_type::expand_sz) return a.try_as_string() == b.try_as_string();
    return false;
}

int restart_weight(restart_need r) {
    switch (r) {
        case restart_need::none: return 0;
        case restart_need::new_logon: return 1;
        case restart_need::server_service: return 2;
        case restart_need::reboot_if_smb1_installed: return 3;
        case restart_need::reboot: return 4;
    }
    return 0;
}

std::vector<const planned_change*> plan::pending() const {
    std::vector<const planned_change*> rows;
    for (const auto& c : changes)
        if (c.selected && c.action != change_action::none) rows.push_back(&c);
    return rows;
}

restart_need plan::strongest_restart() const {
    restart_need strongest = restart_need::none;
    for (const auto* c : pending())
        if (restart_weight(c->restart) > restart_weight(strongest)) strongest = c->restart;
    return strongest;
}

std::vector<const planned_change*> plan::breaking_proven_roles() const {
    std::vector<const planned_change*> rows;
    for (const auto* c : pending())
        if (c->breaks_proven_role) rows.push_back(c);
    return rows;
}

change_effect effect_of_write(const setting& s, const std::optional<reg_value>& from,
                              const std::optional<reg_value>& to, const scan_result& scan) {
    if (from == to || (from && to && same_bytes_for_windows(*from, *to))) return change_effect::none;
    const auto before = try_effective_value(s, from, scan);
    const auto after = try_effective_value(s, to, scan);
    if (before && after && same_effect(*before, *after)) return change_effect::none;
    if (is_server_service_setting(s) && scan.server_service_off()) return change_effect::deferred;
    if (!before || !after) return change_effect::unknown;
    return change_effect::changes;
}

restart_need restart_for_effect(const setting& s, change_effect effect, const scan_result& scan) {
    switch (effect) {
        case change_effect::none:
        case change_effect::deferred: return restart_need::none;  // nothing runs that could pick it up now
        case change_effect::changes: return s.restart;
        case change_effect::unknown:
            if (s.id == "SMB1" && scan.smb1_server.state == feature_state::unknown)
                return restart_need::reboot_if_smb1_installed;
            return s.restart;
    }
    return s.restart;
}

plan make_plan(const scan_result& scan, const profile& prof) {
    plan p;
    p.target = scan.target;
    p.machine_name = scan.machine_name;
    p.profile_name = prof.name;
    p.strat = prof.strat;
    p.warnings = prof.warnings;
    for (auto w : machine_warnings(scan)) p.warnings.push_back(w);
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
        if (state->status != value_status::unreadable) c.effective_current = try_effective_value(*s, c.current, scan);
        c.effective_desired = try_effective_value(*s, c.desired, scan);
        c.effect = effect_for(*s, c, scan);
        c.restart = restart_for_effect(*s, c.effect, scan);
        // Only a stricter value that changes what Windows does can break something;
        // loosening one (shares back on) breaks nothing. Risk: low unless stricter,
        // high when a detected role can break.
        const bool stricter = c.effect != change_effect::none && hardens(*s, c);  // effect is none without a write
        if (stricter)
            for (const auto& role : s->can_break_roles)
                if (scan.has_role(role)) {
                    c.affected_roles.push_back(role);
                    c.breaks_proven_role = c.breaks_proven_role || scan.has_proven_role(role);
                }
        c.risk = !stricter ? risk_level::low : c.affected_roles.empty() ? risk_level::medium : risk_level::high;
        c.why = t.why;
        c.baselines = baselines_for(*s, scan.family, scan.product);
        // RestrictAnonymous=2 is documented for Windows 2000 only; say so when it is changed.
        if (s->id == "RestrictAnonymous" && c.action != change_action::none && c.current &&
            c.current->try_as_dword() == 2u)
            c.notices.push_back(notice_code::legacy_restrict_anonymous_2);
        if (const value_ownership* owner = scan.ownership.of(s->id)) c.ownership = *owner;
        else c.ownership.setting_id = s->id;  // unknown: the scan did not judge it
        if (c.ownership.owner == policy_owner::gpo) c.notices.push_back(notice_code::managed_by_gpo);
        if (c.ownership.owner == policy_owner::mdm) c.notices.push_back(notice_code::managed_by_mdm);
        p.changes.push_back(std::move(c));
    }
    return p;
}

}  // namespace sg
