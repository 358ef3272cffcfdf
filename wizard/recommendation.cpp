// The rules. The user's logic: a service that depends on IPC$, named pipes or
// admin shares -> restrict; none -> block. Truthful about it: block never
// removes IPC$ (only the admin shares), anonymous restrictions belong to both
// strategies, explicit values are written because audits read the registry,
// and the named pipes a detected role needs anonymously stay allowed.
#include "wizard/recommendation.h"

#include <algorithm>

#include "wizard/catalog.h"

namespace sg {
namespace {

bool needs(const question& q, dependency d) {
    return std::find(q.needs.begin(), q.needs.end(), d) != q.needs.end();
}

bool yes(const answer_set& answers, std::string_view id) {
    auto it = answers.find(id);
    return it != answers.end() && it->second.yes;
}

/// Question ids answered "yes" whose dependency is one of `deps`.
std::vector<std::string> yes_answers_needing(const answer_set& answers, std::initializer_list<dependency> deps) {
    std::vector<std::string> ids;
    for (const auto& q : questions()) {
        if (!yes(answers, q.id)) continue;
        if (std::any_of(deps.begin(), deps.end(), [&](dependency d) { return needs(q, d); })) ids.push_back(q.id);
    }
    return ids;
}

std::vector<std::string> yes_among(const answer_set& answers, std::initializer_list<std::string_view> ids) {
    std::vector<std::string> out;
    for (auto id : ids)
        if (yes(answers, id)) out.emplace_back(id);
    return out;
}

reason make_reason(std::string code, std::vector<std::string> answers = {}, std::vector<std::string> params = {}) {
    return reason{std::move(code), std::move(answers), std::move(params), {}};
}

/// Pipes anonymous users must still reach, per answered role (reference §1.1, §3).
std::vector<std::string> anonymous_pipes(const answer_set& answers) {
    std::vector<std::string> pipes;
    if (yes(answers, "domain_controller")) pipes.insert(pipes.end(), {"netlogon", "samr", "lsarpc"});
    if (yes(answers, "rds_licensing")) pipes.insert(pipes.end(), {"HydraLSPipe", "TermServLicensing"});
    if (yes(answers, "computer_browser")) pipes.emplace_back("BROWSER");
    return pipes;
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

void admin_share_rules(profile_builder& b, profile& p, const answer_set& answers, product_type product,
                       bool forced) {
    auto share_deps = yes_answers_needing(answers, {dependency::ipc_named_pipes, dependency::admin_shares});
    const bool is_workstation = product == product_type::workstation;
    const char* applicable = is_workstation ? "AutoShareWks" : "AutoShareServer";
    const char* other = is_workstation ? "AutoShareServer" : "AutoShareWks";
    if (p.strat == strategy::block) {
        b.set(applicable, reg_value::dword(0),
              forced ? make_reason("forced_block", share_deps) : make_reason("no_share_dependency"));
        b.set(other, reg_value::dword(0), make_reason("autoshare_other_edition", {}, {applicable}));
        p.warnings.emplace_back("ipc_stays");
        p.warnings.emplace_back("monitoring_alerts");
        if (!yes_answers_needing(answers, {dependency::admin_shares}).empty())
            p.warnings.emplace_back("breaks_admin_shares");
        if (forced && !share_deps.empty()) p.warnings.emplace_back("against_answers");
    } else {
        b.set(applicable, reg_value::dword(1),
              forced && share_deps.empty() ? make_reason("forced_restrict") : make_reason("keep_shares", share_deps));
        b.set(other, reg_value::dword(1), make_reason("autoshare_other_edition", {}, {applicable}));
    }
}

void anonymous_rules(profile_builder& b, const answer_set& answers, product_type product) {
    const bool dc = product == product_type::domain_controller || yes(answers, "domain_controller");
    if (yes(answers, "legacy_anonymous")) {
        b.set("RestrictAnonymous", reg_value::dword(0), make_reason("legacy_needs_anonymous", {"legacy_anonymous"}));
        b.set("RestrictAnonymousSAM", reg_value::dword(0),
              make_reason("legacy_needs_anonymous", {"legacy_anonymous"}));
    } else {
        // Value 1, never the Windows 2000-era 2.
        b.set("RestrictAnonymous", reg_value::dword(1),
              make_reason(dc ? "anonymous_baseline_dc" : "anonymous_baseline", {}, {"STIG WN10-SO-000150"}));
        b.set("RestrictAnonymousSAM", reg_value::dword(1),
              make_reason(dc ? "anonymous_baseline_dc" : "anonymous_baseline", {}, {"STIG WN11-SO-000145"}));
    }
    b.set("EveryoneIncludesAnonymous", reg_value::dword(0),
          make_reason("anonymous_baseline", {}, {"STIG WN11-SO-000160"}));
    b.set("RestrictNullSessAccess", reg_value::dword(1),
          make_reason("anonymous_baseline", {}, {"STIG WN11-SO-000165"}));

    auto pipes = anonymous_pipes(answers);
    if (pipes.empty())
        b.set("NullSessionPipes", reg_value::multi_string({}), make_reason("no_anonymous_pipes"));
    else
        b.set("NullSessionPipes", reg_value::multi_string(pipes),
              make_reason("pipes_for_roles", yes_among(answers, {"domain_controller", "rds_licensing", "computer_browser"}),
                          pipes));
    b.set("NullSessionShares", reg_value::multi_string({}), make_reason("no_anonymous_shares"));

    if (dc)
        b.leave("RestrictRemoteSAM", make_reason("remote_sam_not_for_dc"));
    else if (yes(answers, "remote_sam_enumeration"))
        b.leave("RestrictRemoteSAM", make_reason("remote_sam_needed", {"remote_sam_enumeration"}));
    else
        b.set("RestrictRemoteSAM", reg_value::string("O:BAG:BAD:(A;;RC;;;BA)"),
              make_reason("remote_sam_baseline", {}, {"STIG V-253457"}));
}

void smb1_rule(profile_builder& b, const answer_set& answers) {
    auto needing = yes_among(answers, {"smb1_clients", "computer_browser"});
    // Never switch SMBv1 on: when something needs it, leave it as it is.
    if (!needing.empty()) b.leave("SMB1", make_reason("smb1_needed", needing));
    else b.set("SMB1", reg_value::dword(0), make_reason("smb1_baseline", {}, {"MS Security Guide"}));
}

}  // namespace

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
    anonymous_rules(b, answers, product);
    smb1_rule(b, answers);
    b.leave("RequireSecuritySignature", make_reason("outside_scope"));
    b.leave("LocalAccountTokenFilterPolicy", make_reason("outside_scope"));
    b.sort_by_catalog();
    return p;
}

const std::vector<builtin_profile_info>& builtin_profiles() {
    static const std::vector<builtin_profile_info> all = {
        {"sql-server-host", product_type::server, {"sql_named_pipes"}},
        {"file-print-server", product_type::server, {"print_sharing", "dfs", "remote_admin_shares"}},
        {"workstation", product_type::workstation, {}},
        {"domain-controller", product_type::domain_controller, {"domain_controller", "dfs"}},
        {"rds-licensing-server", product_type::server, {"rds_licensing"}},
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
