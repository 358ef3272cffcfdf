// Policy ownership (wizard/ownership.h): every rule R1-R8 on a registry written
// in the test, the live-only cache rules with a template cache built in memory,
// and a registry whose policy keys cannot be read.
#include <doctest/doctest.h>

#include <algorithm>

#include "support/faulty_registry.h"
#include "support/snapshot_text.h"
#include "wizard/catalog.h"
#include "wizard/detection.h"
#include "wizard/ownership.h"
#include "wizard/recommendation.h"

using namespace sg;

namespace {

const std::string domain_member = R"([HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters]
"Domain"="corp.contoso.com"

)";

const std::string security_history =
    R"([HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Group Policy\History\{827D319E-6EAC-11D2-A4EA-00C04F79F83A}\0]
"DisplayName"="Default Domain Policy"
"GPOName"="{31B2F340-016D-11D2-945F-00C04FB984F9}"

[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Group Policy\History\{827D319E-6EAC-11D2-A4EA-00C04F79F83A}\1]
"DisplayName"="Contoso Member Server Baseline"
"GPOName"="{6AC1786C-016F-11D2-945F-00C04FB984F9}"

)";

const std::string registry_history =
    R"([HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Group Policy\History\{35378EAC-683F-11D2-A89A-00C04FBBCFA2}\0]
"DisplayName"="Contoso Admin Templates"
"GPOName"="{0F6E2C0A-1111-4A5B-9C3D-2E4F5A6B7C8D}"

)";

const std::string enrollment = "{5F1C2A3B-4D5E-4F60-8172-93A4B5C6D7E8}";

std::string mdm_winning(const std::string& node, const std::string& provider) {
    return "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\LocalPoliciesSecurityOptions]\n"
           "\"" + node + "\"=dword:00000001\n\"" + node + "_ProviderSet\"=dword:00000001\n" +
           (provider.empty() ? std::string() : "\"" + node + "_WinningProvider\"=\"" + provider + "\"\n") + "\n" +
           "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Enrollments\\" + enrollment + "]\n"
           "\"ProviderID\"=\"MS DM Server\"\n\n";
}

const std::string restrict_anonymous_node = "NetworkAccess_DoNotAllowAnonymousEnumerationOfSamAccountsAndShares";

policy_ownership owners_of(const std::string& text, const ownership_inputs& in = {}) {
    auto reg = test::snapshot_from_text(text);
    return detect_ownership(*reg, in);
}

const value_ownership& of(const policy_ownership& o, std::string_view id) {
    const auto* v = o.of(id);
    REQUIRE(v);
    return *v;
}

bool has_basis(const value_ownership& o, ownership_basis b) {
    for (const auto& e : o.evidence)
        if (e.basis == b) return true;
    return false;
}

/// A cache as the live probe gives it: one file setting RestrictAnonymous.
template_cache cache_setting_restrict_anonymous() {
    template_cache cache;
    cache.folder = "C:\\Windows\\security\\templates\\policies";
    cached_template t;
    t.file = "gpt00001.dom";
    t.values.push_back({"HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\\Lsa", "RestrictAnonymous", "4,1", 9});
    cache.files.push_back(t);
    return cache;
}

}  // namespace

TEST_SUITE("ownership") {
    TEST_CASE("R8: a domain member's snapshot without Group Policy or PolicyManager keys -> unknown, and a warning") {
        const auto o = owners_of(domain_member);
        REQUIRE(o.values.size() == catalog().size());
        for (const auto& v : o.values) {
            CAPTURE(v.setting_id);
            CHECK(v.owner == policy_owner::unknown);
            CHECK_FALSE(v.managed());
            CHECK(has_basis(v, ownership_basis::policy_keys_missing_on_domain_member));
        }
        CHECK(o.domain_hints == std::vector<std::string>{"Tcpip\\Parameters\\Domain = corp.contoso.com"});
        auto scanned = scan(*test::snapshot_from_text(domain_member));
        const auto warnings = machine_warnings(scanned);
        CHECK(std::find(warnings.begin(), warnings.end(), warning_code::policy_ownership_unknown) != warnings.end());
    }

    TEST_CASE("R8: a domain controller (LanmanNT) and a Netlogon site are domain hints too") {
        const auto dc = owners_of(R"([HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\ProductOptions]
"ProductType"="LanmanNT"

)");
        CHECK(of(dc, "RestrictAnonymous").owner == policy_owner::unknown);
        const auto site = owners_of(R"([HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\Netlogon\Parameters]
"DynamicSiteName"="HQ"

)");
        CHECK(of(site, "AutoShareServer").owner == policy_owner::unknown);
    }

    TEST_CASE("R7: a workgroup machine without policy keys -> none, not certain; no warning") {
        const auto o = owners_of(R"([HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters]
"Domain"=""

)");
        for (const auto& v : o.values) {
            CAPTURE(v.setting_id);
            CHECK(v.owner == policy_owner::none);
            CHECK_FALSE(v.certain);
            CHECK(has_basis(v, ownership_basis::workgroup_machine));
        }
        auto scanned = scan(*test::snapshot_from_text("[HKEY_LOCAL_MACHINE\\SOFTWARE]\n\n"));
        const auto warnings = machine_warnings(scanned);
        CHECK(std::find(warnings.begin(), warnings.end(), warning_code::policy_ownership_unknown) == warnings.end());
    }

    TEST_CASE("R7: a domain member's snapshot that holds the Group Policy key but no History -> none") {
        const auto o = owners_of(domain_member + R"([HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Group Policy\State\Machine]
"Distinguished-Name"="CN=APP01,OU=Servers,DC=corp,DC=contoso,DC=com"

)");
        const auto& v = of(o, "RestrictAnonymous");
        CHECK(v.owner == policy_owner::none);
        CHECK_FALSE(v.certain);
        CHECK(has_basis(v, ownership_basis::policy_keys_present));
    }

    TEST_CASE("R5: security-settings GPOs in History -> security options gpo, not certain, GPOs in applied order") {
        const auto o = owners_of(domain_member + security_history);
        for (const char* id : {"RestrictAnonymous", "RestrictAnonymousSAM", "EveryoneIncludesAnonymous",
                               "RestrictNullSessAccess", "NullSessionPipes", "NullSessionShares", "RestrictRemoteSAM",
                               "RequireSecuritySignature"}) {
            const auto& v = of(o, id);
            CAPTURE(id);
            CHECK(v.owner == policy_owner::gpo);
            CHECK_FALSE(v.certain);
            CHECK(v.managed());
            CHECK(v.gpo_names == std::vector<std::string>{"Default Domain Policy", "Contoso Member Server Baseline"});
            CHECK(has_basis(v, ownership_basis::security_gpos_in_history));
        }
        // Registry.pol / GPP values do not travel in a security template: the security History says nothing of them.
        for (const char* id : {"AutoShareServer", "AutoShareWks", "SMB1", "LocalAccountTokenFilterPolicy"}) {
            CAPTURE(id);
            CHECK(of(o, id).owner == policy_owner::none);
        }
        REQUIRE(o.security_gpos.size() == 2);
        CHECK(o.security_gpos[1].gpo_name == "{6AC1786C-016F-11D2-945F-00C04FB984F9}");
    }

    TEST_CASE("R6: Registry.pol GPOs in History -> the Registry.pol-only values gpo, not certain; security options none") {
        const auto o = owners_of(domain_member + registry_history);
        for (const char* id : {"AutoShareServer", "AutoShareWks", "SMB1", "LocalAccountTokenFilterPolicy"}) {
            const auto& v = of(o, id);
            CAPTURE(id);
            CHECK(v.owner == policy_owner::gpo);
            CHECK_FALSE(v.certain);
            CHECK(v.gpo_names == std::vector<std::string>{"Contoso Admin Templates"});
            CHECK(has_basis(v, ownership_basis::registry_gpos_in_history));
        }
        CHECK(of(o, "RestrictAnonymous").owner == policy_owner::none);
    }

    TEST_CASE("History without DisplayName: the GPOName names the GPO") {
        const auto o = owners_of(
            R"([HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Group Policy\History\{827D319E-6EAC-11D2-A4EA-00C04F79F83A}\0]
"GPOName"="{31B2F340-016D-11D2-945F-00C04FB984F9}"

)");
        CHECK(of(o, "RestrictAnonymous").gpo_names == std::vector<std::string>{"{31B2F340-016D-11D2-945F-00C04FB984F9}"});
    }

    TEST_CASE("R1: the CSP node's winning provider -> mdm, certain, with the enrollment's provider") {
        const auto o = owners_of(mdm_winning(restrict_anonymous_node, enrollment));
        const auto& v = of(o, "RestrictAnonymous");
        CHECK(v.owner == policy_owner::mdm);
        CHECK(v.certain);
        CHECK(v.mdm_enrollment == enrollment);
        CHECK(v.mdm_provider == "MS DM Server");
        REQUIRE(has_basis(v, ownership_basis::mdm_winning_provider));
        CHECK(v.evidence.front().where.ends_with(restrict_anonymous_node + "_WinningProvider"));
        // No CSP node: EveryoneIncludesAnonymous cannot be MDM's (reference §2.1); the PolicyManager key is there.
        const auto& everyone = of(o, "EveryoneIncludesAnonymous");
        CHECK(everyone.owner == policy_owner::none);
        CHECK(has_basis(everyone, ownership_basis::policy_keys_present));
        // Another node's provider does not make RestrictAnonymousSAM MDM's.
        CHECK(of(o, "RestrictAnonymousSAM").owner == policy_owner::none);
    }

    TEST_CASE("R1: SMB1 through MSSecurityGuide/ConfigureSMBV1Server") {
        const auto o = owners_of(
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\MSSecurityGuide]\n"
            "\"ConfigureSMBV1Server_WinningProvider\"=\"" + enrollment + "\"\n\n");
        CHECK(of(o, "SMB1").owner == policy_owner::mdm);
        CHECK(of(o, "SMB1").mdm_provider == "");  // no Enrollments key in this registry
    }

    TEST_CASE("R2: _ProviderSet without a winning provider -> mdm, not certain") {
        const auto o = owners_of(mdm_winning(restrict_anonymous_node, ""));
        const auto& v = of(o, "RestrictAnonymous");
        CHECK(v.owner == policy_owner::mdm);
        CHECK_FALSE(v.certain);
        CHECK(has_basis(v, ownership_basis::mdm_provider_set));
    }

    TEST_CASE("R1 beats R5: a certain MDM verdict over History's uncertain GPO one") {
        const auto o = owners_of(domain_member + security_history + mdm_winning(restrict_anonymous_node, enrollment));
        CHECK(of(o, "RestrictAnonymous").owner == policy_owner::mdm);
        CHECK(of(o, "RestrictAnonymousSAM").owner == policy_owner::gpo);
    }

    TEST_CASE("R3: live, a cached template sets the value -> gpo, certain, with file and line") {
        const auto o = owners_of(security_history, {true, cache_setting_restrict_anonymous()});
        const auto& v = of(o, "RestrictAnonymous");
        CHECK(v.owner == policy_owner::gpo);
        CHECK(v.certain);
        REQUIRE_FALSE(v.evidence.empty());
        CHECK(v.evidence.front().basis == ownership_basis::cached_template);
        CHECK(v.evidence.front().where == "gpt00001.dom:9");
        CHECK(v.evidence.front().detail == "4,1");
        CHECK(v.gpo_names.size() == 2);
    }

    TEST_CASE("R4: live, the cache read cleanly and no template names a security option -> none, certain") {
        const auto o = owners_of(security_history, {true, cache_setting_restrict_anonymous()});
        const auto& v = of(o, "RestrictAnonymousSAM");
        CHECK(v.owner == policy_owner::none);
        CHECK(v.certain);
        CHECK(has_basis(v, ownership_basis::template_cache_read));
    }

    TEST_CASE("R5 on a live machine whose cache could not be read: gpo, not certain, the problem as evidence") {
        auto cache = cache_setting_restrict_anonymous();
        cache.problems.push_back("gpt00002.inf: not UTF-16LE text");
        const auto o = owners_of(security_history, {true, cache});
        const auto& v = of(o, "RestrictAnonymousSAM");
        CHECK(v.owner == policy_owner::gpo);
        CHECK_FALSE(v.certain);
        CHECK(has_basis(v, ownership_basis::template_cache_problem));
        CHECK(o.problems == cache.problems);
        CHECK(of(o, "RestrictAnonymous").certain);  // what was read still counts
    }

    TEST_CASE("R3 against R1: GP wins unless MDMWinsOverGP = 1; both evidences are kept") {
        const std::string text = mdm_winning(restrict_anonymous_node, enrollment);
        const auto gp = owners_of(text, {true, cache_setting_restrict_anonymous()});
        CHECK(of(gp, "RestrictAnonymous").owner == policy_owner::gpo);
        CHECK(has_basis(of(gp, "RestrictAnonymous"), ownership_basis::mdm_winning_provider));
        const auto mdm = owners_of(
            text + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\ControlPolicyConflict]\n"
                   "\"MDMWinsOverGP\"=dword:00000001\n\n",
            {true, cache_setting_restrict_anonymous()});
        const auto& v = of(mdm, "RestrictAnonymous");
        CHECK(v.owner == policy_owner::mdm);
        CHECK(has_basis(v, ownership_basis::mdm_wins_over_gp));
        CHECK(has_basis(v, ownership_basis::cached_template));
    }

    TEST_CASE("R7 live: no policy keys on the running machine -> none, certain") {
        const auto o = owners_of(domain_member, {true, template_cache{}});
        for (const auto& v : o.values) {
            CAPTURE(v.setting_id);
            CHECK(v.owner == policy_owner::none);
            CHECK(v.certain);
        }
        CHECK(of(o, "AutoShareServer").evidence.front().basis == ownership_basis::live_registry);
    }

    TEST_CASE("policy keys that cannot be read -> unknown, with the error as evidence") {
        auto inner = test::snapshot_from_text(security_history);
        test::faulty_registry reg(*inner);
        reg.fail_reads_of("DisplayName");
        const auto o = detect_ownership(reg);
        for (const auto& v : o.values) {
            CAPTURE(v.setting_id);
            CHECK(v.owner == policy_owner::unknown);
            CHECK(has_basis(v, ownership_basis::registry_unreadable));
        }
    }

    TEST_CASE("the scan carries the verdicts, one per catalog value in catalog order") {
        auto scanned = scan(*test::snapshot_from_text(domain_member + security_history));
        REQUIRE(scanned.ownership.values.size() == catalog().size());
        for (std::size_t i = 0; i < catalog().size(); ++i) CHECK(scanned.ownership.values[i].setting_id == catalog()[i].id);
        CHECK(owner_of(scanned.ownership, "RestrictAnonymous") == policy_owner::gpo);
        CHECK(owner_of(scanned.ownership, "NoSuchSetting") == policy_owner::unknown);
    }
}
