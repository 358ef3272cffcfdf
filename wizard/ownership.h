#pragma once
// Who owns a catalog value: a domain GPO, an MDM (Intune) enrollment, nobody,
// or ShareGuard cannot tell. A value a policy owns is put back by that policy:
// domain security settings re-apply at every refresh and "every 16 hours (960
// minutes) even if a GPO has not changed" (security-policy-settings.md [MS]),
// so a local write does not last. Read through the registry interface (a
// snapshot or the live registry) plus, on the running Windows only, the
// Security CSE's cached templates (policy_templates.h). Facts and sources:
// shared/reference/fleet-and-packaging.md §2.1 (which value lives where) and §3
// (signals). The engine returns ids and data; sentences are app/text's.
//
// Signals read
//   S1 HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Group Policy\History\{827D319E-6EAC-11D2-
//      A4EA-00C04F79F83A}\<n> (Security CSE, KB216357) and
//      {35378EAC-683F-11D2-A89A-00C04FBBCFA2}\<n> (Registry CSE: Registry.pol) and
//      {B087BE9D-ED37-454F-AF9C-04291E351182}\<n> (GPP Registry; GUID UNCONFIRMED in the
//      reference): the GPOs of each kind applied, in order; values DisplayName, GPOName,
//      DSPath, FileSysPath, Link, Version... (KB201453 [MS]). They name the GPOs, NOT the
//      values each one sets.
//   S2 HKLM\SOFTWARE\Microsoft\PolicyManager\current\device\<Area>\<Node>_WinningProvider
//      (REG_SZ enrollment GUID) and <Node>_ProviderSet (DWORD 1), and the node's own value;
//      the GUID names HKLM\SOFTWARE\Microsoft\Enrollments\<GUID> (ProviderID, UPN) [3P];
//      ControlPolicyConflict\MDMWinsOverGP = 1: MDM wins for Policy CSP policies [MS].
//   S3 (live only) the cached templates %windir%\security\templates\policies\gpt*.inf|.dom:
//      the exact [Registry Values] the Security CSE applied (cc737602 [MS]).
//   S4 domain membership hints, to tell "no policy" from "the export left the policy
//      keys out": ProductType LanmanNT (a domain controller), Tcpip\Parameters\Domain
//      (the primary DNS suffix a join sets; it can also be typed in by hand) and
//      Netlogon\Parameters\DynamicSiteName (the AD site Netlogon found). The last two
//      are from memory, UNCONFIRMED; they only ever turn "none" into "unknown".
//
// Which route a value takes (reference §2.1): security options (GptTmpl.inf,
// Security CSE) RestrictAnonymous, RestrictAnonymousSAM, EveryoneIncludesAnonymous,
// RestrictNullSessAccess, NullSessionPipes, NullSessionShares, RestrictRemoteSAM and
// RequireSecuritySignature ("Microsoft network server: Digitally sign communications
// (always)", a security option: catalog entry's sources); Registry.pol / GPP only:
// AutoShareServer, AutoShareWks, SMB1 (SecGuide ADMX), LocalAccountTokenFilterPolicy
// (SecGuide ADMX). CSP nodes: LocalPoliciesSecurityOptions/NetworkAccess_* for
// RestrictAnonymous, RestrictAnonymousSAM, RestrictNullSessAccess, RestrictRemoteSAM,
// and MSSecurityGuide/ConfigureSMBV1Server for SMB1; none for the others.
//
// Rules, per value, first match wins:
//   R1 mdm, certain: the value's CSP node has <Node>_WinningProvider (S2), unless a cached
//      template (R3) also sets it and MDMWinsOverGP is not 1 (then R3, with the MDM
//      evidence kept).
//   R2 mdm, not certain: <Node>_ProviderSet = 1 without a winning provider.
//   R3 gpo, certain (live): a cached template's [Registry Values] line names the value
//      (S3); the GPO names are the security GPOs History lists (which of them set it:
//      the cache does not say).
//   R4 none, certain (live): the cache was read without problems and no template names a
//      security-option value; Registry.pol values go on to R6.
//   R5 gpo, not certain: a security-option value and History {827D319E…} names GPOs
//      (a snapshot, or a live cache that could not be read). Which values they set is
//      only in the cached templates.
//   R6 gpo, not certain: a Registry.pol/GPP value and History {35378EAC…} or
//      {B087BE9D…} names GPOs. Registry.pol GPOs mostly set other things: a guess on the
//      safe side, said as one.
//   R7 none: the registry is the live one (absent keys are absent), or the snapshot holds
//      the Group Policy key (HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Group Policy)
//      or the PolicyManager key, or there is no domain hint (S4: a workgroup machine).
//      Certain on the live registry only.
//   R8 unknown: a snapshot of a domain member (S4) without either key: the export left
//      them out, so whether a GPO sets the value cannot be told.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wizard/policy_templates.h"
#include "wizard/registry.h"
#include "wizard/vocabulary.h"

namespace sg {

struct setting;

enum class policy_owner { none, gpo, mdm, unknown };

/// One GPO History lists: {827D…}\<n> or {35378EAC…}\<n>.
struct applied_gpo {
    std::string display_name;  ///< DisplayName ("Contoso Member Server Baseline"), or GPOName when absent
    std::string gpo_name;      ///< GPOName: the GPO's GUID for a domain GPO, "Local Group Policy" for the local one
    std::string key;           ///< the History subkey it came from
};

/// One fact that led to the verdict, with the data a sentence needs.
struct ownership_evidence {
    ownership_basis basis;
    std::string where;               ///< registry key, or cached file and line
    std::vector<std::string> names;  ///< GPO display names, or domain hints
    std::string detail;              ///< the enrollment GUID, a template line's data, a problem
};

struct value_ownership {
    std::string setting_id;
    policy_owner owner = policy_owner::unknown;
    bool certain = false;
    std::vector<std::string> gpo_names;  ///< for gpo: the GPOs History names (one of them sets it)
    std::string mdm_enrollment;          ///< for mdm: the winning provider's enrollment GUID ("" unknown)
    std::string mdm_provider;            ///< for mdm: Enrollments\<GUID>\ProviderID ("MS DM Server"), "" unknown
    std::vector<ownership_evidence> evidence;

    /// A policy (GPO or MDM) owns it, or probably does: a local write would be reverted.
    bool managed() const { return owner == policy_owner::gpo || owner == policy_owner::mdm; }
};

struct policy_ownership {
    std::vector<value_ownership> values;     ///< one per catalog entry, catalog order
    std::vector<applied_gpo> security_gpos;  ///< History {827D…}, in applied order
    std::vector<applied_gpo> registry_gpos;  ///< History {35378EAC…} and {B087BE9D…}
    std::vector<std::string> domain_hints;   ///< S4 evidence ("Tcpip\Parameters\Domain = corp.contoso.com")
    std::vector<std::string> problems;       ///< the cached templates that could not be read

    const value_ownership* of(std::string_view setting_id) const;
};

/// What else than the registry is known: `live` says the registry is the running
/// machine's (an absent key is absent, not left out of an export); `templates`
/// is the Security CSE cache, read only on the running Windows.
struct ownership_inputs {
    bool live = false;
    std::optional<template_cache> templates;
};

/// Applies R1-R8 to every catalog value. Throws nothing for absent keys; a
/// registry_error while reading (access denied) makes the values it concerns unknown.
policy_ownership detect_ownership(registry& reg, const ownership_inputs& inputs = {});

/// "unknown" when the scan has no entry (a setting outside the catalog).
policy_owner owner_of(const policy_ownership& o, std::string_view setting_id);

}  // namespace sg
