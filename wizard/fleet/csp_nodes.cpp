#include "wizard/fleet/csp_nodes.h"

#include <algorithm>

namespace sg::fleet {
namespace {

// Microsoft's pages, read in MicrosoftDocs/windows-itpro-docs
// (windows/client-management/mdm/, commits 00db6bf7 and 01c7efba):
// OMA-URI, format (int / chr), allowed values, Applicable OS.
constexpr std::string_view security_options_page =
    "Policy CSP - LocalPoliciesSecurityOptions (learn.microsoft.com, windows-itpro-docs "
    "policy-csp-localpoliciessecurityoptions.md) [MS]";

std::vector<csp_node> make_nodes() {
    std::vector<csp_node> n;
    // Integer nodes: "1 = Enabled / 0 = Disabled", and enabling the policy writes 1
    // to the value the catalog names for the same Group Policy option.
    n.push_back({"RestrictAnonymous",
                 "LocalPoliciesSecurityOptions/NetworkAccess_DoNotAllowAnonymousEnumerationOfSamAccountsAndShares",
                 csp_mapping::same_dword, {0, 1}, 0, 0, "Windows 10, version 1803 and later", security_options_page});
    n.push_back({"RestrictAnonymousSAM",
                 "LocalPoliciesSecurityOptions/NetworkAccess_DoNotAllowAnonymousEnumerationOfSAMAccounts",
                 csp_mapping::same_dword, {0, 1}, 0, 0, "Windows 10, version 1803 and later", security_options_page});
    n.push_back({"RestrictNullSessAccess",
                 "LocalPoliciesSecurityOptions/NetworkAccess_RestrictAnonymousAccessToNamedPipesAndShares",
                 csp_mapping::same_dword, {0, 1}, 0, 0, "Windows 10, version 1803 and later", security_options_page});
    // chr (string) node holding the SDDL the Group Policy option writes.
    n.push_back({"RestrictRemoteSAM",
                 "LocalPoliciesSecurityOptions/NetworkAccess_RestrictClientsAllowedToMakeRemoteCallsToSAM",
                 csp_mapping::same_string, {}, 0, 0, "Windows 10, version 1709 and later", security_options_page});
    // ADMX-backed (SecGuide.admx Pol_SecGuide_0001_SMBv1_Server): enabled turns
    // server-side SMBv1 on (SMB1=1), disabled turns it off (SMB1=0); the
    // reference's table (fleet-and-packaging.md §2.1) and the policy's help text.
    n.push_back({"SMB1", "MSSecurityGuide/ConfigureSMBV1Server", csp_mapping::admx_toggle, {}, 1, 0,
                 "Windows 10, version 1803 and later",
                 "Policy CSP - MSSecurityGuide (ConfigureSMBV1Server, ADMX SecGuide.admx "
                 "Pol_SecGuide_0001_SMBv1_Server) [MS]; fleet-and-packaging.md 2.1"});
    n.push_back({"RequireSecuritySignature",
                 "LocalPoliciesSecurityOptions/MicrosoftNetworkServer_DigitallySignCommunicationsAlways",
                 csp_mapping::same_dword, {0, 1}, 0, 0, "Windows 10, version 1803 and later", security_options_page});
    // ADMX-backed (Pol_SecGuide_0201_LATFP): the policy's help text says
    // Enabled "configures the LocalAccountTokenFilterPolicy registry value to 0",
    // Disabled to 1 (Microsoft's text as Intune's settings catalog carries it).
    n.push_back({"LocalAccountTokenFilterPolicy", "MSSecurityGuide/ApplyUACRestrictionsToLocalAccountsOnNetworkLogon",
                 csp_mapping::admx_toggle, {}, 0, 1, "Windows 10, version 1803 and later",
                 "Policy CSP - MSSecurityGuide (ApplyUACRestrictionsToLocalAccountsOnNetworkLogon, ADMX SecGuide.admx "
                 "Pol_SecGuide_0201_LATFP) [MS]; value mapping: the policy's help text in Intune's settings "
                 "catalog [MS text, third-party copy]"});
    return n;
}

}  // namespace

std::string_view csp_data_type_name(csp_data_type t) { return t == csp_data_type::integer ? "Integer" : "String"; }

std::string csp_node::oma_uri() const { return "./Device/Vendor/MSFT/Policy/Config/" + std::string(area_policy); }

csp_data_type csp_node::data_type() const {
    return mapping == csp_mapping::same_dword ? csp_data_type::integer : csp_data_type::string;
}

const std::vector<csp_node>& csp_nodes() {
    static const std::vector<csp_node> nodes = make_nodes();
    return nodes;
}

const csp_node* try_find_csp_node(const setting& s) {
    const auto& all = csp_nodes();
    auto it = std::find_if(all.begin(), all.end(), [&](const csp_node& n) { return n.setting_id == s.id; });
    return it == all.end() ? nullptr : &*it;
}

std::optional<csp_setting> try_csp_setting(const deployed_value& v) {
    const csp_node* node = try_find_csp_node(*v.entry);
    if (node == nullptr || !v.value) return std::nullopt;
    switch (node->mapping) {
    case csp_mapping::same_dword: {
        auto d = v.value->try_as_dword();
        if (!d || std::find(node->dword_values.begin(), node->dword_values.end(), *d) == node->dword_values.end())
            return std::nullopt;
        return csp_setting{node, v.entry, std::to_string(*d)};
    }
    case csp_mapping::same_string: {
        if (v.value->type != reg_type::sz) return std::nullopt;
        auto text = v.value->try_as_string();
        if (!text) return std::nullopt;
        return csp_setting{node, v.entry, *text};
    }
    case csp_mapping::admx_toggle: {
        auto d = v.value->try_as_dword();
        if (!d) return std::nullopt;
        if (*d == node->enabled_dword) return csp_setting{node, v.entry, "<enabled/>"};
        if (*d == node->disabled_dword) return csp_setting{node, v.entry, "<disabled/>"};
        return std::nullopt;
    }
    }
    return std::nullopt;
}

}  // namespace sg::fleet
