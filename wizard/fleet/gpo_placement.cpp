#include "wizard/fleet/gpo_placement.h"

#include <stdexcept>
#include <string>

namespace sg::fleet {
namespace {

// Microsoft: security settings tattoo. A setting the GPO no longer defines goes
// back to the value in the local security database (secedit.sdb) if that holds
// one, else it stays as the GPO left it (security-policy-settings.md, via
// fleet-and-packaging.md §3). Either way the GPO's value does not go away by itself.
constexpr std::string_view security_option_why =
    "A stock Security Option (Computer Configuration > Windows Settings > Security Settings > Local Policies > "
    "Security Options), so the security template carries it. It TATTOOS: when the GPO no longer defines it, "
    "Windows puts back the value its local security database (secedit.sdb) holds, if it holds one, and otherwise "
    "leaves the GPO's value in place; deploy the undo folder to return it.";
constexpr std::string_view security_option_source =
    "fleet-and-packaging.md §2.1 (sceregvl.inf, Win7 copy); [MS-GPSB] §2.2.5; secedit exports [3P]; "
    "tattooing: security-policy-settings.md [MS]";

const std::vector<gpo_placement> rows = {
    {"AutoShareServer", gpo_mechanism::gpp_registry, tattoo::no,
     "Not a Security Option in stock Windows and outside any Policies key: in Registry.pol it would tattoo. A Group "
     "Policy Preferences item with \"Remove this item when it is no longer applied\" (removePolicy=\"1\") is removed "
     "again when the GPO stops applying.",
     "peers-and-formats.md §3 and §3.3; fleet-and-packaging.md §2.1; KB3060859 [MS]"},
    {"AutoShareWks", gpo_mechanism::gpp_registry, tattoo::no,
     "As AutoShareServer: a Group Policy Preferences item with removePolicy=\"1\".",
     "peers-and-formats.md §3 and §3.3; fleet-and-packaging.md §2.1; KB3060859 [MS]"},
    {"RestrictAnonymous", gpo_mechanism::security_template, tattoo::yes, security_option_why,
     security_option_source},
    {"RestrictAnonymousSAM", gpo_mechanism::security_template, tattoo::yes, security_option_why,
     security_option_source},
    {"EveryoneIncludesAnonymous", gpo_mechanism::security_template, tattoo::yes, security_option_why,
     security_option_source},
    {"RestrictNullSessAccess", gpo_mechanism::security_template, tattoo::yes, security_option_why,
     security_option_source},
    {"NullSessionPipes", gpo_mechanism::security_template, tattoo::yes, security_option_why,
     security_option_source},
    {"NullSessionShares", gpo_mechanism::security_template, tattoo::yes, security_option_why,
     security_option_source},
    {"RestrictRemoteSAM", gpo_mechanism::security_template, tattoo::yes,
     "A Security Option on Windows 10 1607 / Server 2016 and later (its sceregvl.inf line: UNCONFIRMED), so the "
     "security template carries it as a quoted SDDL string. It tattoos as every Security Option does (see "
     "RestrictAnonymous); deploy the undo folder to return it.",
     "fleet-and-packaging.md §2.1; SecPol network-access-restrict-clients-allowed-to-make-remote-sam-calls [MS]"},
    {"SMB1", gpo_mechanism::registry_pol, tattoo::yes,
     "No Security Option; Microsoft's own policy for it (MS Security Guide \"Configure SMBv1 server\", "
     "SecGuide.admx) is registry-based, so Registry.pol carries it. The value is outside any Policies key: it "
     "TATTOOS (stays after the GPO stops applying) until the undo folder removes it.",
     "fleet-and-packaging.md §2.1 (SecGuide.admx Pol_SecGuide_0001_SMBv1_Server); peers-and-formats.md §3 "
     "(Policies keys)"},
    {"RequireSecuritySignature", gpo_mechanism::security_template, tattoo::yes,
     "A stock Security Option, \"Microsoft network server: Digitally sign communications (always)\", so the "
     "security template carries it. It tattoos as every Security Option does (see RestrictAnonymous); deploy "
     "the undo folder to return it.",
     "SecPol microsoft-network-server-digitally-sign-communications-always [MS]; secedit exports "
     "(…\\LanManServer\\Parameters\\RequireSecuritySignature=4,1) [3P]"},
    {"LocalAccountTokenFilterPolicy", gpo_mechanism::registry_pol, tattoo::no,
     "No Security Option; Microsoft's policy for it (MS Security Guide \"Apply UAC restrictions to local accounts "
     "on network logons\", SecGuide.admx) is registry-based, so Registry.pol carries it. The value sits under "
     "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies, a Policies key: Group Policy removes it when the GPO "
     "stops applying (it does not tattoo).",
     "peers-and-formats.md §3 (Policies keys); MS Security Guide (SecGuide.admx) [MS]"},
};

}  // namespace

const std::vector<gpo_placement>& gpo_placements() { return rows; }

const gpo_placement* try_placement_for(std::string_view setting_id) {
    for (const gpo_placement& p : rows)
        if (p.setting_id == setting_id) return &p;
    return nullptr;
}

const gpo_placement& placement_for(const setting& s) {
    const gpo_placement* p = try_placement_for(s.id);
    if (p == nullptr) throw std::logic_error("fleet: no Group Policy placement for " + s.id);
    return *p;
}

std::string_view gpo_mechanism_file(gpo_mechanism m) {
    switch (m) {
        case gpo_mechanism::security_template: return "Machine/Microsoft/Windows NT/SecEdit/GptTmpl.inf";
        case gpo_mechanism::gpp_registry: return "Machine/Preferences/Registry/Registry.xml";
        case gpo_mechanism::registry_pol: return "Machine/Registry.pol";
    }
    return "Machine/Registry.pol";
}

}  // namespace sg::fleet
