// The rules. The user's logic: a service that depends on IPC$, named pipes or
// admin shares -> restrict; none -> block. Truthful about it: block never
// removes IPC$ (only the admin shares), anonymous restrictions belong to both
// strategies, explicit values are written because audits read the registry,
// and the named pipes a detected role needs anonymously stay allowed.
#include "wizard/recommendation.h"

#include <algorithm>

#include "wizard/catalog.h"
#include "wizard/reg_path.h"

namespace sg {
namespace {

using enum reason_code;  // the rules name their reasons on every line

bool needs(const question& q, dependency d) {
    return std::find(q.needs.begin(), q.needs.end(), d) != q.needs.end();
}

bool yes(const answer_set& answers, question_id id) {
    auto it = answers.find(id);
    return it != answers.end() && it->second.yes;
}

/// Questions answered "yes" whose dependency is one of `deps`.
std::vector<question_id> yes_answers_needing(const answer_set& answers, std::initializer_list<dependency> deps) {
    std::vector<question_id> ids;
    for (const auto& q : questions()) {
        if (!yes(answers, q.id)) continue;
        if (std::any_of(deps.begin(), deps.end(), [&](dependency d) { return needs(q, d); })) ids.push_back(q.id);
    }
    return ids;
}

std::vector<question_id> yes_among(const answer_set& answers, std::initializer_list<question_id> ids) {
    std::vector<question_id> out;
    for (auto id : ids)
        if (yes(answers, id)) out.push_back(id);
    return out;
}

reason make_reason(reason_code code, std::vector<question_id> answers = {}, std::vector<std::string> params = {}) {
    return reason{code, std::move(answers), std::move(params), {}};
}

class profile_builder {
public:
    explicit profile_builder(profile& p) : p_(p) {}

    void set(std::string_view id, std::optional<reg_value> value, reason why) {
        p_.targets.push_back({std::string(id), std::move(value), std::move(why)});
    }
    void leave(std::string_view id, reason why) { p_.unmanaged.push_back({std::string(id), std::move(why)}); }

    /// Targets and unmanaged settings in catalog order, whatever order the rules ran in.
    void sort_by_catalog() {
        auto rank = [](const std::string& id) {
            const auto& c = catalog();
            for (std::size_t i = 0; i < c.size(); ++i)
                if (c[i].id == id) return i;
            return c.size();
        };
        std::stable_sort(p_.targets.begin(), p_.targets.end(),
                         [&](const target& a, const target& b) { return rank(a.setting_id) < rank(b.setting_id); });
        std::stable_sort(p_.unmanaged.begin(), p_.unmanaged.end(), [&](const auto& a, const auto& b) {
            return rank(a.setting_id) < rank(b.setting_id);
        });
    }

private:
    profile& p_;
};

/// Yes answers that use ADMIN$ or C$: what block really breaks (catalog
/// can_break_roles of AutoShare*). IPC$ and named pipes are not among them.
std::vector<question_id> admin_share_users(const answer_set& answers) {
    return yes_answers_needing(answers, {dependency::admin_shares});
}

/// Yes answers that depend on IPC$ / named pipes but not on the admin shares:
/// block does not touch them (KB954422: AutoShare* "does not apply to the IPC$ share").
std::vector<question_id> ipc_only_users(const answer_set& answers) {
    auto admin = admin_share_users(answers);
    std::vector<question_id> ids;
    for (const auto& id : yes_answers_needing(answers, {dependency::ipc_named_pipes}))
        if (std::find(admin.begin(), admin.end(), id) == admin.end()) ids.push_back(id);
    return ids;
}

void admin_share_rules(profile_builder& b, profile& p, const answer_set& answers, product_type product,
                       bool forced) {
    const auto admin_users = admin_share_users(answers);
    const auto ipc_users = ipc_only_users(answers);
    const bool is_workstation = product == product_type::workstation;
    const char* applicable = is_workstation ? "AutoShareWks" : "AutoShareServer";
    const char* other = is_workstation ? "AutoShareServer" : "AutoShareWks";
    if (p.strat == strategy::block) {
        // Forced block overrides restrict, which some "yes" that uses ADMIN$/C$ or IPC$ chose.
        reason why = !forced                ? make_reason(no_share_dependency)
                     : !admin_users.empty() ? make_reason(forced_block_breaks_admin_share_users, admin_users)
                                            : make_reason(forced_block_ipc_unaffected, ipc_users);
        b.set(applicable, reg_value::dword(0), std::move(why));
        b.set(other, reg_value::dword(0), make_reason(autoshare_other_edition, {}, {applicable}));
        p.warnings.push_back(warning_code::ipc_stays);
        p.warnings.push_back(warning_code::monitoring_alerts);
        if (!admin_users.empty()) p.warnings.push_back(warning_code::breaks_admin_shares);
    } else {
        reason why = !admin_users.empty() ? make_reason(keep_shares_in_use, admin_users)
                     : !ipc_users.empty() ? make_reason(keep_shares_policy, ipc_users)
                                          : make_reason(forced_restrict);
        b.set(applicable, reg_value::dword(1), std::move(why));
        b.set(other, reg_value::dword(1), make_reason(autoshare_other_edition, {}, {applicable}));
    }
}

/// NT 4.0 trusts and clients open netlogon, lsarpc and samr anonymously (SecPol
/// named-pipes page; reference §3), so the legacy answer keeps those pipes open.
const std::vector<std::string> legacy_pipes = {"netlogon", "lsarpc", "samr"};
const std::vector<std::string> dc_pipes = {"netlogon", "samr", "lsarpc"};

void add_missing(std::vector<std::string>& pipes, const std::vector<std::string>& more) {
    for (const auto& name : more)
        if (std::none_of(pipes.begin(), pipes.end(), [&](const std::string& n) { return names_equal(n, name); }))
            pipes.push_back(name);
}

void anonymous_rules(profile_builder& b, profile& p, const answer_set& answers, product_type product) {
    // ProductType LanmanNT proves a domain controller whatever the answer says.
    const bool proven_dc = product == product_type::domain_controller;
    const bool dc = proven_dc || yes(answers, question_id::domain_controller);
    const bool legacy = yes(answers, question_id::legacy_anonymous);
    if (legacy) {
        // RestrictAnonymous=0 is Windows' own default; RestrictAnonymousSAM=0 is below
        // it, which NT 4.0 trusts need ("impossible to establish trusts" when Enabled).
        b.set("RestrictAnonymous", reg_value::dword(0),
              make_reason(legacy_keeps_default, {question_id::legacy_anonymous}));
        b.set("RestrictAnonymousSAM", reg_value::dword(0),
              make_reason(legacy_below_default, {question_id::legacy_anonymous}));
        p.warnings.push_back(warning_code::weaker_than_default);
    } else {
        // Value 1, never the Windows 2000-era 2.
        b.set("RestrictAnonymous", reg_value::dword(1),
              make_reason(dc ? anonymous_baseline_dc : anonymous_baseline));
        b.set("RestrictAnonymousSAM", reg_value::dword(1),
              make_reason(dc ? anonymous_baseline_dc : anonymous_baseline));
    }
    b.set("EveryoneIncludesAnonymous", reg_value::dword(0), make_reason(anonymous_baseline));
    b.set("RestrictNullSessAccess", reg_value::dword(1), make_reason(anonymous_baseline));

    std::vector<std::string> pipes;
    std::vector<question_id> pipe_answers;
    if (dc) {
        add_missing(pipes, dc_pipes);
        // A reason cites only "yes" answers; a proven DC answered "no" says so in its own reason.
        if (yes(answers, question_id::domain_controller)) pipe_answers.push_back(question_id::domain_controller);
    }
    if (yes(answers, question_id::rds_licensing)) {
        add_missing(pipes, {"HydraLSPipe", "TermServLicensing"});
        pipe_answers.push_back(question_id::rds_licensing);
    }
    if (yes(answers, question_id::computer_browser)) {
        add_missing(pipes, {"BROWSER"});
        pipe_answers.push_back(question_id::computer_browser);
    }
    if (legacy) {
        add_missing(pipes, legacy_pipes);
        pipe_answers.push_back(question_id::legacy_anonymous);
    }
    if (pipes.empty())
        b.set("NullSessionPipes", reg_value::multi_string({}),
              make_reason(no_anonymous_pipes, yes_among(answers, {question_id::sql_named_pipes})));
    else if (proven_dc && !yes(answers, question_id::domain_controller))
        b.set("NullSessionPipes", reg_value::multi_string(pipes),
              make_reason(pipes_for_proven_dc, pipe_answers, pipes));
    else
        b.set("NullSessionPipes", reg_value::multi_string(pipes), make_reason(pipes_for_roles, pipe_answers, pipes));
    b.set("NullSessionShares", reg_value::multi_string({}), make_reason(no_anonymous_shares));

    if (dc)
        b.leave("RestrictRemoteSAM", make_reason(remote_sam_not_for_dc));
    else if (yes(answers, question_id::remote_sam_enumeration))
        b.leave("RestrictRemoteSAM", make_reason(remote_sam_needed, {question_id::remote_sam_enumeration}));
    else
        b.set("RestrictRemoteSAM", reg_value::string("O:BAG:BAD:(A;;RC;;;BA)"), make_reason(remote_sam_baseline));
}

void smb1_rule(profile_builder& b, const answer_set& answers) {
    auto needing = yes_among(answers, {question_id::smb1_clients, question_id::computer_browser});
    // Never switch SMBv1 on: when something needs it, leave it as it is.
    if (!needing.empty()) b.leave("SMB1", make_reason(smb1_needed, needing));
    else b.set("SMB1", reg_value::dword(0), make_reason(smb1_baseline));
}

}  // namespace

std::vector<question_id> answers_broken_by(strategy s, const answer_set& answers) {
    return s == strategy::block ? admin_share_users(answers) : std::vector<question_id>{};
}

std::vector<warning_code> machine_warnings(const scan_result& scan) {
    std::vector<warning_code> codes;
    if (scan.server_service_off()) codes.push_back(warning_code::server_service_off);
    // Rule R8 (ownership.h): once per machine, not per row; the rows say "unknown" in JSON.
    if (std::any_of(scan.ownership.values.begin(), scan.ownership.values.end(),
                    [](const value_ownership& o) { return o.owner == policy_owner::unknown; }))
        codes.push_back(warning_code::policy_ownership_unknown);
    return codes;
}

strategy recommended_strategy(const answer_set& answers) {
    return yes_answers_needing(answers, {dependency::ipc_named_pipes, dependency::admin_shares}).empty()
               ? strategy::block
               : strategy::restrict;
}

profile recommend(const answer_set& answers, product_type product, std::optional<strategy> forced) {
    profile p;
    p.name = "recommended";
    p.source = "recommendation";
    const strategy chosen = recommended_strategy(answers);
    p.strat = forced.value_or(chosen);
    profile_builder b(p);
    admin_share_rules(b, p, answers, product, forced.has_value() && *forced != chosen);
    anonymous_rules(b, p, answers, product);
    smb1_rule(b, answers);
    b.leave("RequireSecuritySignature", make_reason(outside_scope));
    b.leave("LocalAccountTokenFilterPolicy", make_reason(outside_scope));
    b.sort_by_catalog();
    return p;
}

const std::vector<builtin_profile_info>& builtin_profiles() {
    static const std::vector<builtin_profile_info> all = {
        {"sql-server-host", product_type::server, {question_id::sql_named_pipes}},
        {"file-print-server",
         product_type::server,
         {question_id::print_sharing, question_id::dfs, question_id::remote_admin_shares}},
        {"workstation", product_type::workstation, {}},
        {"domain-controller", product_type::domain_controller, {question_id::domain_controller, question_id::dfs}},
        {"rds-licensing-server", product_type::server, {question_id::rds_licensing}},
        {"locked-down", product_type::server, {}},
    };
    return all;
}

std::optional<profile> try_builtin_profile(std::string_view name) {
    for (const auto& info : builtin_profiles()) {
        if (info.name != name) continue;
        answer_set answers;
        for (const auto& q : questions()) answers[q.id] = answer{};
        for (const auto& id : info.yes_answers) answers[id].yes = true;
        profile p = recommend(answers, info.product);
        p.name = info.name;
        p.source = "builtin";
        return p;
    }
    return std::nullopt;
}

}  // namespace sg
