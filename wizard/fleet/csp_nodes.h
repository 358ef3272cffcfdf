#pragma once
// Which catalog values Intune can set through a Policy CSP node, and how a
// registry value becomes the CSP's value. Facts from Microsoft's CSP pages
// (windows-itpro-docs: policy-csp-localpoliciessecurityoptions.md,
// policy-csp-mssecurityguide.md) and shared/reference/fleet-and-packaging.md
// §2.1; every node names its source. A value with no node, a value the node
// cannot express (RestrictAnonymous=2) and a removal go to the Remediation
// scripts instead (export_intune.h).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wizard/catalog.h"
#include "wizard/fleet/deployment.h"

namespace sg::fleet {

/// How the registry value maps onto the node's value.
enum class csp_mapping {
    same_dword,   ///< Integer node whose value is the DWORD itself (for the listed values only)
    same_string,  ///< String (chr) node whose value is the REG_SZ text itself
    admx_toggle,  ///< ADMX-backed String node: "<enabled/>" or "<disabled/>"
};

/// Intune's "Data type" for a custom OMA-URI setting.
enum class csp_data_type { integer, string };
std::string_view csp_data_type_name(csp_data_type t);  ///< "Integer" / "String"

struct csp_node {
    std::string_view setting_id;   ///< catalog id: "RestrictAnonymous"
    std::string_view area_policy;  ///< "LocalPoliciesSecurityOptions/NetworkAccess_..."
    csp_mapping mapping = csp_mapping::same_dword;
    std::vector<std::uint32_t> dword_values;  ///< same_dword: the values the node documents
    std::uint32_t enabled_dword = 0;   ///< admx_toggle: the registry value "<enabled/>" writes
    std::uint32_t disabled_dword = 0;  ///< admx_toggle: the registry value "<disabled/>" writes
    std::string_view applies_to;   ///< "Windows 10, version 1803 and later" (the page's Applicable OS)
    std::string_view source;       ///< where the node and its value mapping come from

    std::string oma_uri() const;   ///< "./Device/Vendor/MSFT/Policy/Config/" + area_policy
    csp_data_type data_type() const;
};

/// The node for this catalog setting, or nullptr (no Policy CSP node known).
const csp_node* try_find_csp_node(const setting& s);
/// Every node ShareGuard knows, in catalog order.
const std::vector<csp_node>& csp_nodes();

/// One row of the Intune custom profile.
struct csp_setting {
    const csp_node* node = nullptr;
    const setting* entry = nullptr;
    std::string value;  ///< as typed into Intune: "1", "O:BAG:BAD:(A;;RC;;;BA)", "<disabled/>"
};

/// The CSP row for a deployed value, or nullopt when the value must go to the
/// Remediation: no node, a value the node does not document, or a removal
/// (a CSP value cannot say "delete the registry value").
std::optional<csp_setting> try_csp_setting(const deployed_value& v);

}  // namespace sg::fleet
