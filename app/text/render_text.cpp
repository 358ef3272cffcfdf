#include "app/text/render_text.h"

#include <fmt/format.h>

#include "app/text/describe.h"
#include "app/text/ownership_text.h"
#include "app/text/translate.h"
#include <algorithm>

#include "wizard/catalog.h"
#include "wizard/recommendation.h"
#include "wizard/reg_path.h"

namespace sg::text {
namespace {

using fmt::runtime;

std::string start_text(service_start s) {
    switch (s) {
        case service_start::boot: return tr("boot");
        case service_start::system: return tr("system");
        case service_start::automatic: return tr("automatic");
        case service_start::manual: return tr("manual");
        case service_start::disabled: return tr("disabled");
        case service_start::unknown: return tr("unknown start");
    }
    return {};
}

/// Catalog texts are marked SG_N_ where they are written; they are translated here.
std::string translated(const std::string& english) { return tr(english.c_str()); }

std::string group_policy_label(const setting* s) {
    if (!s || s->group_policy.empty()) return tr("no Group Policy setting");
    return s->group_policy;  // Microsoft's name, untranslated: the one its editor shows in English
}

/// "SCCM client, SQL Server": the roles a row may affect, for the plan and the card.
std::string role_names(const std::vector<role_id>& roles) {
    std::string out;
    for (const auto& r : roles) out += (out.empty() ? "" : ", ") + role_name(r);
    return out;
}

/// Who owns a managed value and what that means, indented; nothing for none/unknown
/// (unknown is said once per machine, as a warning).
void append_ownership(std::string& out, const value_ownership& o, const std::string& indent) {
    if (!o.managed()) return;
    out += indent + ownership_line(o) + "\n";
    out += indent + ownership_consequence(o) + "\n";
}

void append_warnings(std::string& out, const std::vector<warning_code>& warnings) {
    if (warnings.empty()) return;
    out += tr("Warnings:") + "\n";
    for (const auto& w : warnings) out += "  ! " + warning_text(w) + "\n";
}

}  // namespace

std::string render_scan(const scan_result& scan) {
    std::string out;
    out += fmt::format(runtime(tr("Target:       {}")), scan.target) + "\n";
    out += fmt::format(runtime(tr("Machine:      {}")), scan.machine_name.empty() ? tr("(unknown)") : scan.machine_name) + "\n";
    out += fmt::format(runtime(tr("Windows:      {} (build {})")), scan.os_name.empty() ? tr("(unknown)") : scan.os_name,
                       scan.os_build.empty() ? "?" : scan.os_build) + "\n";
    out += fmt::format(runtime(tr("Product type: {}")), product_name(scan.product)) + "\n";
    out += fmt::format(runtime(tr("Server service: {}")), server_service_text(scan.server_service.state)) + "\n";
    out += fmt::format(runtime(tr("SMBv1 server: {}")), smb1_server_text(scan.smb1_server.state)) + "\n\n";
    for (const auto& w : machine_warnings(scan)) out += "! " + warning_text(w) + "\n\n";

    out += tr("Found:") + "\n";
    if (scan.roles.empty()) out += "  " + tr("nothing that depends on IPC$, admin shares or anonymous access") + "\n";
    for (const auto& role : scan.roles) {
        std::string evidence;
        for (const auto& e : role.evidence) evidence += (evidence.empty() ? "" : "; ") + e;
        out += fmt::format("  - {} ({})\n", role_name(role.role), evidence);
    }
    if (!scan.sql_instances.empty()) {
        out += "\n" + tr("SQL Server instances:") + "\n";
        for (const auto& inst : scan.sql_instances) {
            std::string np = !inst.named_pipes_enabled ? tr("named pipes: unknown")
                             : *inst.named_pipes_enabled ? tr("named pipes: enabled")
                                                         : tr("named pipes: disabled");
            out += fmt::format("  - {} [{}] {}\n", inst.name, inst.instance_id, np);
        }
    }
    if (!scan.services.empty()) {
        out += "\n" + tr("Services:") + "\n";
        for (const auto& svc : scan.services)
            out += fmt::format("  - {} ({})\n", svc.name, start_text(svc.start));
    }
    out += "\n" + tr("Current settings:") + "\n";
    for (const auto& st : scan.settings) {
        std::string shown = st.status == value_status::unreadable ? tr("unreadable") + ": " + st.error
                            : st.status == value_status::wrong_type
                                ? tr("wrong type") + " (" + reg_type_name(st.value->type) + "): " + display_data(*st.value)
                                : value_text(st.value);
        out += fmt::format("  {:<30} {}\n", st.setting_id, shown);
    }
    std::string owned;
    for (const auto& o : scan.ownership.values)
        if (o.managed()) owned += fmt::format("  {:<30} {}\n", o.setting_id, ownership_line(o));
    if (!owned.empty()) out += "\n" + tr("Owned by a policy:") + "\n" + owned;
    return out;
}

std::string render_answers(const answer_set& answers) {
    std::string out;
    for (const auto& q : questions()) {
        auto it = answers.find(q.id);
        if (it == answers.end()) continue;
        const auto& a = it->second;
        out += fmt::format("  [{}] {}\n", a.yes ? "x" : " ", question_title(q.id));
        out += fmt::format("      {}\n", question_why(q.id));
        if (!a.evidence.empty()) {
            std::string ev;
            for (const auto& e : a.evidence) ev += (ev.empty() ? "" : "; ") + e;
            out += fmt::format(runtime("      " + tr("detected: {}")), ev) + "\n";
        }
    }
    return out;
}

std::string render_recommendation(const profile& p) {
    std::string out;
    out += fmt::format(runtime(tr("Strategy: {}")), strategy_name(p.strat)) + "\n";
    out += strategy_summary(p.strat) + "\n\n";
    for (const auto& t : p.targets) {
        out += fmt::format("  {:<30} = {}\n", t.setting_id, t.value ? display_data(*t.value) : tr("(delete)"));
        out += fmt::format("      {}\n", reason_text(t.why));
    }
    for (const auto& u : p.unmanaged)
        out += fmt::format("  {:<30} {}\n      {}\n", u.setting_id, tr("(left as it is)"), reason_text(u.why));
    if (!p.warnings.empty()) out += "\n";
    append_warnings(out, p.warnings);
    return out;
}

std::string render_plan(const plan& p) {
    std::string out;
    out += tr("ShareGuard preview") + "\n";
    out += fmt::format(runtime(tr("  Target:   {}")), p.target) + "\n";
    out += fmt::format(runtime(tr("  Machine:  {}")), p.machine_name.empty() ? tr("(unknown)") : p.machine_name) + "\n";
    out += fmt::format(runtime(tr("  Profile:  {} ({})")), p.profile_name, strategy_name(p.strat)) + "\n\n";
    int index = 0;
    for (const auto& c : p.changes) {
        const setting* s = find_setting(c.setting_id);
        out += fmt::format("[{}] {} - {}\n", ++index, c.setting_id, group_policy_label(s));
        out += fmt::format("    {}\\{}\n", c.key, c.value_name);
        std::string current = c.current_status == value_status::unreadable ? tr("unreadable")
                              : c.current_status == value_status::wrong_type
                                  ? tr("wrong type") + " " + display_data(*c.current)
                                  : value_text(c.current);
        out += fmt::format("    {} -> {}  ({})", current, c.desired ? display_data(*c.desired) : tr("absent"),
                           action_text(c.action));
        if (!c.selected) out += "  " + tr("[unticked: will not be written]");
        out += "\n";
        if (c.action != change_action::none && c.effect != change_effect::changes)
            out += "    " + effect_text(c.effect) + "\n";
        if (c.action != change_action::none && c.effect != change_effect::none) {
            out += fmt::format(runtime("    " + tr("restart: {}; risk: {}")), restart_text(c.restart), risk_text(c.risk));
            if (!c.affected_roles.empty())
                out += fmt::format(runtime("; " + tr("may affect: {}")), role_names(c.affected_roles));
            out += "\n";
        }
        out += fmt::format(runtime("    " + tr("why: {}")), reason_text(c.why)) + "\n";
        for (const auto& n : c.notices) out += "    " + notice_text(n) + "\n";
        append_ownership(out, c.ownership, "    ");
        if (!c.baselines.empty()) out += "    " + baselines_text(c.baselines) + "\n";
    }
    if (!p.unmanaged.empty()) {
        out += "\n" + tr("Left as they are on purpose:") + "\n";
        for (const auto& u : p.unmanaged) out += fmt::format("  {} - {}\n", u.setting_id, reason_text(u.why));
    }
    auto pending = p.pending();
    const auto effective = std::count_if(pending.begin(), pending.end(),
                                         [](const planned_change* c) { return c->effect != change_effect::none; });
    out += "\n" + fmt::format(runtime(tr_n("{} of {} value is written, {} of them change what Windows does; restart "
                                           "needed: {}.",
                                           "{} of {} values are written, {} of them change what Windows does; "
                                           "restart needed: {}.",
                                           p.changes.size())),
                              pending.size(), p.changes.size(), effective, restart_text(p.strongest_restart())) + "\n";
    append_warnings(out, p.warnings);
    return out;
}

std::string render_card(const setting_card& card) {
    const setting& s = *card.entry;
    std::string out = fmt::format("{} - {}\n  {}\\{} ({})\n", s.id, group_policy_label(&s), s.key, s.value_name,
                                  reg_type_name(s.type));
    // This machine first: what it has, what ShareGuard proposes and why. The
    // catalog's facts follow (a front end shows the card's top first).
    if (card.state) {
        out += tr("On this machine:") + "\n";
        out += fmt::format(runtime("  " + tr("current: {}")), card.state->status == value_status::unreadable
                                                                   ? tr("unreadable") + ": " + card.state->error
                                                                   : value_text(card.state->value)) + "\n";
        out += fmt::format(runtime("  " + tr("absent means: {}")),
                           card.windows_default ? display_data(*card.windows_default) : tr("unknown")) + "\n";
        out += fmt::format(runtime("  " + tr("Windows acts on: {}")),
                           card.effective ? display_data(*card.effective) : tr("unknown")) + "\n";
    }
    if (card.proposed) {
        const auto& c = *card.proposed;
        out += fmt::format(runtime("  " + tr("proposed: {} ({})")), c.desired ? display_data(*c.desired) : tr("absent"),
                           action_text(c.action)) + "\n";
        if (c.action != change_action::none) out += "  " + effect_text(c.effect) + "\n";
        out += fmt::format(runtime("  " + tr("why: {}")), reason_text(c.why)) + "\n";
        if (!c.affected_roles.empty())
            out += fmt::format(runtime("  " + tr("may affect here: {}")), role_names(c.affected_roles)) + "\n";
    } else if (card.left_alone) {
        out += fmt::format(runtime("  " + tr("left as it is: {}")), reason_text(card.left_alone->why)) + "\n";
    }
    if (card.ownership && card.ownership->owner != policy_owner::none) {
        const auto& o = *card.ownership;
        out += fmt::format(runtime("  " + tr("policy: {}")), o.managed() ? ownership_line(o) : owner_name(o.owner)) + "\n";
        if (o.managed()) out += "  " + ownership_consequence(o) + "\n";
        for (const auto& e : o.evidence) out += "    - " + evidence_text(e) + "\n";
    }
    if (card.state || card.proposed || card.left_alone) out += "\n";
    out += tr("Values:") + "\n";
    for (const auto& a : s.allowed)
        out += fmt::format("  {} {}\n", a.value.empty() ? std::string("{}") : a.value, translated(a.meaning));
    out += fmt::format(runtime(tr("Windows default: {}")), translated(s.windows_default)) + "\n";
    out += fmt::format(runtime(tr("Recommended: {}")), translated(s.recommended)) + "\n";
    if (!card.baselines.empty()) {
        out += tr("Baselines:") + "\n";
        for (const auto* b : card.baselines)
            out += fmt::format("  {}: DISA STIG {}{}\n", os_family_name(b->family), b->id,
                               b->applies == baseline_ref::scope::member_only ? " " + tr("(member servers only)")
                                                                                : std::string());
    }
    out += fmt::format(runtime(tr("When its value changes, it takes effect: {}")), s.restart == restart_need::none ? tr("at once, no restart")
                                                                                         : restart_text(s.restart)) + "\n";
    out += fmt::format(runtime(tr("May break: {}")), translated(s.breaks)) + "\n";
    for (const auto& n : s.notes) out += "  * " + translated(n) + "\n";
    out += tr("Sources:") + "\n";
    for (const auto& src : s.sources) out += "  - " + src + "\n";
    return out;
}

std::size_t left_to_policy_count(const run_report& report) {
    return static_cast<std::size_t>(std::count_if(report.results.begin(), report.results.end(), [](const change_result& r) {
        return r.outcome == write_outcome::left_to_policy;
    }));
}

std::string run_status_line(const run_report& report) {
    // "every value already has its target" is not true when a policy's values were left out.
    const std::size_t left = left_to_policy_count(report);
    if (report.status == run_status::nothing_to_do && left > 0)
        return tr("Nothing written: the values that differ from the profile are owned by a policy.");
    // Nor is "all changes written" when some were left to their policy.
    if (report.status == run_status::success && left > 0)
        return fmt::format(runtime(tr_n("The other changes are written and verified; {} value owned by a policy is "
                                        "left as it is.",
                                        "The other changes are written and verified; {} values owned by a policy "
                                        "are left as they are.",
                                        left)),
                           left);
    return run_status_text(report.status);
}

std::string render_run_report(const run_report& report) {
    const bool left_to_policy = left_to_policy_count(report) > 0;
    std::string out = run_status_line(report) + "\n";
    if (!report.backup.empty())
        out += fmt::format(runtime(tr("Backup: {}")), report.backup.string()) + "\n";
    for (const auto& r : report.results) {
        out += fmt::format("  {:<30} {}", r.setting_id.empty() ? r.value_name : r.setting_id, outcome_text(r.outcome));
        if (!r.error.empty()) out += " - " + r.error;
        out += "\n";
    }
    if (report.status == run_status::success && report.restart != restart_need::none)
        out += fmt::format(runtime(tr("Restart needed: {}.")), restart_text(report.restart)) + "\n";
    if (left_to_policy)
        out += tr("A policy owns the values left as they are: change them in the GPO or MDM (Export for "
                  "deployment), or run again with --include-managed to write them anyway.") + "\n";
    if (!report.error.empty() && report.status != run_status::success)
        out += fmt::format(runtime(tr("Error: {}")), report.error) + "\n";
    return out;
}

}  // namespace sg::text
