// The rules R1-R8 are written out, with their sources, in ownership.h.
#include "wizard/ownership.h"

#include <array>

#include "wizard/catalog.h"
#include "wizard/errors.h"
#include "wizard/reg_path.h"

namespace sg {
namespace {

constexpr std::string_view group_policy_key = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Group Policy";
constexpr std::string_view history_key =
    "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Group Policy\\History";
constexpr std::string_view security_cse = "{827D319E-6EAC-11D2-A4EA-00C04F79F83A}";
constexpr std::string_view registry_cse = "{35378EAC-683F-11D2-A89A-00C04FBBCFA2}";
constexpr std::string_view gpp_registry_cse = "{B087BE9D-ED37-454F-AF9C-04291E351182}";  // UNCONFIRMED (reference §3)
constexpr std::string_view policy_manager_key = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PolicyManager";
constexpr std::string_view device_policies_key = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device";
constexpr std::string_view enrollments_key = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Enrollments";

/// How a value reaches a machine through policy (reference §2.1).
struct policy_route {
    std::string_view setting_id;
    bool security_option;       ///< GptTmpl.inf [Registry Values] (Security CSE); else Registry.pol / GPP only
    std::string_view csp_area;  ///< Policy CSP area under PolicyManager\current\device, "" when none
    std::string_view csp_node;
};

constexpr std::array<policy_route, 12> routes{{
    {"AutoShareServer", false, "", ""},
    {"AutoShareWks", false, "", ""},
    {"RestrictAnonymous", true, "LocalPoliciesSecurityOptions",
     "NetworkAccess_DoNotAllowAnonymousEnumerationOfSamAccountsAndShares"},
    {"RestrictAnonymousSAM", true, "LocalPoliciesSecurityOptions",
     "NetworkAccess_DoNotAllowAnonymousEnumerationOfSAMAccounts"},
    {"EveryoneIncludesAnonymous", true, "", ""},
    {"RestrictNullSessAccess", true, "LocalPoliciesSecurityOptions",
     "NetworkAccess_RestrictAnonymousAccessToNamedPipesAndShares"},
    {"NullSessionPipes", true, "", ""},
    {"NullSessionShares", true, "", ""},
    {"RestrictRemoteSAM", true, "LocalPoliciesSecurityOptions",
     "NetworkAccess_RestrictClientsAllowedToMakeRemoteCallsToSAM"},
    {"SMB1", false, "MSSecurityGuide", "ConfigureSMBV1Server"},
    {"RequireSecuritySignature", true, "", ""},
    {"LocalAccountTokenFilterPolicy", false, "", ""},
}};

const policy_route* route_of(std::string_view setting_id) {
    for (const auto& r : routes)
        if (names_equal(r.setting_id, setting_id)) return &r;
    return nullptr;
}

std::string join_key(std::string_view parent, std::string_view child) {
    return std::string(parent) + "\\" + std::string(child);
}

std::string read_text(registry& reg, std::string_view key, std::string_view name) {
    auto v = reg.find_value(key, name);
    return v ? v->try_as_string().value_or(std::string()) : std::string();
}

std::vector<applied_gpo> read_history(registry& reg, std::string_view cse) {
    std::vector<applied_gpo> gpos;
    const auto key = join_key(history_key, cse);
    for (const auto& n : reg.subkey_names(key)) {
        applied_gpo g;
        g.key = join_key(key, n);
        g.gpo_name = read_text(reg, g.key, "GPOName");
        g.display_name = read_text(reg, g.key, "DisplayName");
        if (g.display_name.empty()) g.display_name = g.gpo_name.empty() ? n : g.gpo_name;
        gpos.push_back(std::move(g));
    }
    return gpos;
}

struct mdm_node {
    std::string key;             ///< PolicyManager\current\device\<Area>
    std::string winning;         ///< <Node>_WinningProvider
    bool provider_set = false;   ///< <Node>_ProviderSet = 1
    std::string provider_id;     ///< Enrollments\<GUID>\ProviderID
};

mdm_node read_mdm_node(registry& reg, const policy_route& r) {
    mdm_node node;
    node.key = join_key(device_policies_key, r.csp_area);
    node.winning = read_text(reg, node.key, std::string(r.csp_node) + "_WinningProvider");
    auto set = reg.find_value(node.key, std::string(r.csp_node) + "_ProviderSet");
    node.provider_set = set && set->try_as_dword() == 1u;
    if (!node.winning.empty()) node.provider_id = read_text(reg, join_key(enrollments_key, node.winning), "ProviderID");
    return node;
}

std::vector<std::string> domain_hints(registry& reg) {
    std::vector<std::string> hints;
    const std::string product = read_text(reg, "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ProductOptions",
                                          "ProductType");
    if (names_equal(product, "LanmanNT")) hints.push_back("ProductType = LanmanNT");
    const std::string suffix =
        read_text(reg, "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters", "Domain");
    if (!suffix.empty()) hints.push_back("Tcpip\\Parameters\\Domain = " + suffix);
    const std::string site =
        read_text(reg, "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Netlogon\\Parameters", "DynamicSiteName");
    if (!site.empty()) hints.push_back("Netlogon\\Parameters\\DynamicSiteName = " + site);
    return hints;
}

std::vector<std::string> names_of(const std::vector<applied_gpo>& gpos) {
    std::vector<std::string> names;
    for (const auto& g : gpos) names.push_back(g.display_name);
    return names;
}

/// Everything read once, for all values.
struct signals {
    std::vector<applied_gpo> security_gpos, registry_gpos;
    std::string registry_history_where;
    bool mdm_wins_over_gp = false;
    bool group_policy_key = false;
    bool policy_manager_key = false;
    std::vector<std::string> domain_hints;
};

signals read_signals(registry& reg) {
    signals s;
    s.security_gpos = read_history(reg, security_cse);
    s.registry_gpos = read_history(reg, registry_cse);
    s.registry_history_where = join_key(history_key, registry_cse);
    for (auto& g : read_history(reg, gpp_registry_cse)) s.registry_gpos.push_back(std::move(g));
    auto wins = reg.find_value(join_key(device_policies_key, "ControlPolicyConflict"), "MDMWinsOverGP");
    s.mdm_wins_over_gp = wins && wins->try_as_dword() == 1u;
    s.group_policy_key = reg.key_exists(group_policy_key);
    s.policy_manager_key = reg.key_exists(policy_manager_key);
    s.domain_hints = domain_hints(reg);
    return s;
}

/// The cached template lines that set this value (R3).
std::vector<ownership_evidence> template_hits(const setting& s, const ownership_inputs& in) {
    std::vector<ownership_evidence> hits;
    if (!in.templates) return hits;
    for (const auto& file : in.templates->files)
        for (const auto& v : file.values)
            if (names_equal(v.value_name, s.value_name) && names_equal(v.key, s.key))
                hits.push_back({ownership_basis::cached_template, file.file + ":" + std::to_string(v.line), {}, v.data});
    return hits;
}

ownership_evidence history_evidence(ownership_basis basis, std::string where, const std::vector<applied_gpo>& gpos) {
    return {basis, std::move(where), names_of(gpos), {}};
}

value_ownership decide(registry& reg, const setting& s, const signals& sig, const ownership_inputs& in) {
    value_ownership o;
    o.setting_id = s.id;
    const policy_route* route = route_of(s.id);
    const bool security_option = route && route->security_option;

    std::vector<ownership_evidence> mdm_evidence;
    mdm_node node;
    if (route && !route->csp_area.empty()) {
        node = read_mdm_node(reg, *route);
        const std::string value_key = node.key + "\\" + std::string(route->csp_node);
        if (!node.winning.empty())
            mdm_evidence.push_back({ownership_basis::mdm_winning_provider, value_key + "_WinningProvider", {}, node.winning});
        else if (node.provider_set)
            mdm_evidence.push_back({ownership_basis::mdm_provider_set, value_key + "_ProviderSet", {}, {}});
        if (!mdm_evidence.empty() && sig.mdm_wins_over_gp)
            mdm_evidence.push_back({ownership_basis::mdm_wins_over_gp,
                                    join_key(device_policies_key, "ControlPolicyConflict\\MDMWinsOverGP"), {}, "1"});
    }
    auto hits = template_hits(s, in);
    const auto security_history =
        history_evidence(ownership_basis::security_gpos_in_history, join_key(history_key, security_cse), sig.security_gpos);

    // R1, R2: MDM, unless a cached template also sets it and MDM does not win over GP.
    if (!mdm_evidence.empty() && (hits.empty() || sig.mdm_wins_over_gp)) {
        o.owner = policy_owner::mdm;
        o.certain = !node.winning.empty();
        o.mdm_enrollment = node.winning;
        o.mdm_provider = node.provider_id;
        o.evidence = std::move(mdm_evidence);
        for (auto& h : hits) o.evidence.push_back(std::move(h));
        return o;
    }
    // R3: the Security CSE applied a template that sets it.
    if (!hits.empty()) {
        o.owner = policy_owner::gpo;
        o.certain = true;
        o.gpo_names = names_of(sig.security_gpos);
        o.evidence = std::move(hits);
        if (!sig.security_gpos.empty()) o.evidence.push_back(security_history);
        for (auto& m : mdm_evidence) o.evidence.push_back(std::move(m));
        return o;
    }
    const bool cache_complete = in.live && in.templates && in.templates->problems.empty();
    // R4: the cache was read and no template names this security option.
    if (security_option && cache_complete) {
        o.owner = policy_owner::none;
        o.certain = true;
        o.evidence.push_back({ownership_basis::template_cache_read, in.templates->folder, {}, {}});
        return o;
    }
    // R5: security GPOs applied; which values they set is in the cache only.
    if (security_option && !sig.security_gpos.empty()) {
        o.owner = policy_owner::gpo;
        o.gpo_names = names_of(sig.security_gpos);
        o.evidence.push_back(security_history);
        if (in.templates)
            for (const auto& p : in.templates->problems)
                o.evidence.push_back({ownership_basis::template_cache_problem, in.templates->folder, {}, p});
        return o;
    }
    // R6: Registry.pol / GPP GPOs applied; a guess on the safe side.
    if (!security_option && !sig.registry_gpos.empty()) {
        o.owner = policy_owner::gpo;
        o.gpo_names = names_of(sig.registry_gpos);
        o.evidence.push_back(
            history_evidence(ownership_basis::registry_gpos_in_history, sig.registry_history_where, sig.registry_gpos));
        return o;
    }
    // R7: nothing sets it, as far as what was read can tell.
    if (in.live) {
        o.owner = policy_owner::none;
        o.certain = true;
        o.evidence.push_back({ownership_basis::live_registry, std::string(history_key), {}, {}});
        return o;
    }
    if (sig.group_policy_key || sig.policy_manager_key) {
        o.owner = policy_owner::none;
        std::vector<std::string> keys;
        if (sig.group_policy_key) keys.emplace_back(group_policy_key);
        if (sig.policy_manager_key) keys.emplace_back(policy_manager_key);
        o.evidence.push_back({ownership_basis::policy_keys_present, keys.front(), keys, {}});
        return o;
    }
    if (sig.domain_hints.empty()) {
        o.owner = policy_owner::none;
        o.evidence.push_back({ownership_basis::workgroup_machine, {}, {}, {}});
        return o;
    }
    // R8: a domain member's export without the policy keys.
    o.owner = policy_owner::unknown;
    o.evidence.push_back({ownership_basis::policy_keys_missing_on_domain_member, std::string(group_policy_key),
                          sig.domain_hints, {}});
    return o;
}

}  // namespace

const value_ownership* policy_ownership::of(std::string_view setting_id) const {
    for (const auto& v : values)
        if (names_equal(v.setting_id, setting_id)) return &v;
    return nullptr;
}

policy_owner owner_of(const policy_ownership& o, std::string_view setting_id) {
    const auto* v = o.of(setting_id);
    return v ? v->owner : policy_owner::unknown;
}

policy_ownership detect_ownership(registry& reg, const ownership_inputs& inputs) {
    policy_ownership result;
    if (inputs.templates) result.problems = inputs.templates->problems;
    signals sig;
    try {
        sig = read_signals(reg);
    } catch (const registry_error& e) {
        for (const auto& s : catalog()) {
            value_ownership o;
            o.setting_id = s.id;
            o.evidence.push_back({ownership_basis::registry_unreadable, e.key(), {}, e.what()});
            result.values.push_back(std::move(o));
        }
        return result;
    }
    result.security_gpos = sig.security_gpos;
    result.registry_gpos = sig.registry_gpos;
    result.domain_hints = sig.domain_hints;
    for (const auto& s : catalog()) {
        try {
            result.values.push_back(decide(reg, s, sig, inputs));
        } catch (const registry_error& e) {
            value_ownership o;
            o.setting_id = s.id;
            o.evidence.push_back({ownership_basis::registry_unreadable, e.key(), {}, e.what()});
            result.values.push_back(std::move(o));
        }
    }
    return result;
}

}  // namespace sg
