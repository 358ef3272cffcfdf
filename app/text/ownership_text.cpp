#include "app/text/ownership_text.h"

#include <fmt/format.h>

#include "app/text/translate.h"

namespace sg::text {
namespace {

using fmt::runtime;

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
    return out;
}

std::string quoted_names(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + ("\"" + n + "\"");
    return out;
}

bool has_basis(const value_ownership& o, ownership_basis b) {
    for (const auto& e : o.evidence)
        if (e.basis == b) return true;
    return false;
}

}  // namespace

std::string owner_name(policy_owner o) {
    switch (o) {
        case policy_owner::none: return tr("no policy");
        case policy_owner::gpo: return tr("Group Policy");
        case policy_owner::mdm: return tr("MDM (Intune)");
        case policy_owner::unknown: return tr("unknown");
    }
    return tr("unknown");
}

std::string ownership_line(const value_ownership& o) {
    switch (o.owner) {
        case policy_owner::none: return {};
        case policy_owner::unknown:
            return tr("policy ownership unknown: the snapshot holds no Group Policy or PolicyManager keys");
        case policy_owner::gpo:
            if (o.certain)
                return fmt::format(runtime(tr("owned by Group Policy: the Security CSE's cached template sets it "
                                              "(GPOs applying security settings: {})")),
                                   quoted_names(o.gpo_names));
            if (has_basis(o, ownership_basis::registry_gpos_in_history))
                return fmt::format(runtime(tr("possibly owned by Group Policy: GPOs {} deliver Registry.pol or "
                                              "preference settings here; whether one sets this value is not in the "
                                              "registry")),
                                   quoted_names(o.gpo_names));
            return fmt::format(runtime(tr("possibly owned by Group Policy: Group Policy History names GPOs {} that "
                                          "apply security settings; which values they set is in the machine's cached "
                                          "templates (%windir%\\security\\templates\\policies), not in a registry "
                                          "export")),
                               quoted_names(o.gpo_names));
        case policy_owner::mdm:
            if (o.certain)
                return fmt::format(runtime(tr("owned by MDM: enrollment {}{} is the winning provider of this Policy "
                                              "CSP setting")),
                                   o.mdm_enrollment, o.mdm_provider.empty() ? std::string() : " (" + o.mdm_provider + ")");
            return tr("possibly owned by MDM: a provider set this Policy CSP setting, none is recorded as winning");
    }
    return {};
}

std::string ownership_consequence(const value_ownership& o) {
    if (o.owner == policy_owner::gpo) {
        if (has_basis(o, ownership_basis::registry_gpos_in_history) && !o.certain)
            return tr("If one of these GPOs sets it, Group Policy puts its value back when it next applies: change "
                      "the GPO instead (Export for deployment writes the files for it).");
        if (!o.certain)
            return tr("If one of them sets it, a local change will be reverted within 16 hours: security settings "
                      "delivered by Group Policy re-apply every 16 hours even when the GPO is unchanged (Microsoft, "
                      "security-policy-settings.md). Change the GPO instead: Export for deployment writes the files "
                      "for it.");
        return tr("A local change will be reverted within 16 hours: security settings delivered by Group Policy "
                  "re-apply every 16 hours even when the GPO is unchanged (Microsoft, security-policy-settings.md). "
                  "Change the GPO instead: Export for deployment writes the files for it.");
    }
    if (o.owner == policy_owner::mdm)
        return tr("The MDM applies its own value again (Policy CSP), so a local change does not last: change the "
                  "setting in the MDM instead (Export for deployment writes the Intune settings).");
    return {};
}

std::string evidence_text(const ownership_evidence& e) {
    switch (e.basis) {
        case ownership_basis::cached_template:
            return fmt::format(runtime(tr("cached security template {} sets it to {}")), e.where, e.detail);
        case ownership_basis::security_gpos_in_history:
            return fmt::format(runtime(tr("Group Policy History ({}) lists GPOs with security settings: {}")), e.where,
                               joined(e.names));
        case ownership_basis::registry_gpos_in_history:
            return fmt::format(runtime(tr("Group Policy History ({}) lists GPOs with Registry.pol or preference "
                                          "settings: {}")),
                               e.where, joined(e.names));
        case ownership_basis::mdm_winning_provider:
            return fmt::format(runtime(tr("{} names the winning enrollment {}")), e.where, e.detail);
        case ownership_basis::mdm_provider_set:
            return fmt::format(runtime(tr("{} = 1, no winning provider recorded")), e.where);
        case ownership_basis::mdm_wins_over_gp:
            return fmt::format(runtime(tr("{} = 1: MDM wins over Group Policy for Policy CSP settings")), e.where);
        case ownership_basis::template_cache_read:
            return fmt::format(runtime(tr("no cached security template in {} sets it")), e.where);
        case ownership_basis::template_cache_problem:
            return fmt::format(runtime(tr("the cached security templates could not all be read: {}")), e.detail);
        case ownership_basis::policy_keys_present:
            return fmt::format(runtime(tr("the snapshot holds {} and no policy there sets it")), joined(e.names));
        case ownership_basis::live_registry:
            return tr("this machine's registry names no policy that sets it");
        case ownership_basis::workgroup_machine:
            return tr("no sign of a domain membership and no policy keys in the snapshot");
        case ownership_basis::policy_keys_missing_on_domain_member:
            return fmt::format(runtime(tr("a domain member ({}) whose snapshot lacks the Group Policy and "
                                          "PolicyManager keys")),
                               joined(e.names));
        case ownership_basis::registry_unreadable:
            return fmt::format(runtime(tr("the policy keys could not be read: {}")), e.detail);
    }
    return fmt::format("(unknown ownership basis: {})", static_cast<int>(e.basis));
}

}  // namespace sg::text
