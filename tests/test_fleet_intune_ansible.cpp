// The Intune and Ansible exporters: which values get a Policy CSP row, the
// Remediation's decision table (run here, since no PowerShell runs on this
// machine), the 2048-character output bound, and golden files that the
// independent readers in tests/fleet/ (ansible-playbook, ansible-doc, Python's
// json and csv) check as well.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "support/golden_folder.h"
#include "support/test_paths.h"
#include "wizard/fleet/csp_nodes.h"
#include "wizard/fleet/export_ansible.h"
#include "wizard/fleet/export_intune.h"
#include "wizard/fleet/remediation_table.h"
#include "wizard/platform.h"

using namespace sg;
using namespace sg::fleet;

namespace {

deployed_value value_of(const char* id, std::optional<reg_value> v) { return {find_setting(id), std::move(v)}; }

deployment_header test_header(const std::string& profile) {
    return {profile, "test", "2026-12-02T17:00:00Z", deployment_kind::apply, ""};
}

deployment from_profile_file(const char* file) {
    profile p = read_profile_file(sg::test::resources_dir() / "profiles" / file);
    return deployment_from_profile(p, test_header(p.name));
}


const exported_file* find_file(const std::vector<exported_file>& files, const std::string& path) {
    for (const exported_file& f : files)
        if (f.path == path) return &f;
    return nullptr;
}

remediation_table rows(std::initializer_list<deployed_value> values) {
    remediation_table t;
    for (const deployed_value& v : values) t.push_back(expected_row(v));
    return t;
}

}  // namespace

TEST_SUITE("fleet_intune_ansible") {
    TEST_CASE("CSP mapping: documented values only; no node, undocumented values and removals go to the Remediation") {
        auto ra1 = try_csp_setting(value_of("RestrictAnonymous", reg_value::dword(1)));
        REQUIRE(ra1);
        CHECK(ra1->value == "1");
        CHECK(ra1->node->oma_uri() ==
              "./Device/Vendor/MSFT/Policy/Config/LocalPoliciesSecurityOptions/"
              "NetworkAccess_DoNotAllowAnonymousEnumerationOfSamAccountsAndShares");
        CHECK(ra1->node->data_type() == csp_data_type::integer);
        CHECK(try_csp_setting(value_of("RestrictAnonymous", reg_value::dword(0)))->value == "0");
        CHECK_FALSE(try_csp_setting(value_of("RestrictAnonymous", reg_value::dword(2))));
        CHECK_FALSE(try_csp_setting(value_of("RestrictAnonymous", std::nullopt)));

        auto smb_off = try_csp_setting(value_of("SMB1", reg_value::dword(0)));
        REQUIRE(smb_off);
        CHECK(smb_off->value == "<disabled/>");
        CHECK(smb_off->node->data_type() == csp_data_type::string);
        CHECK(smb_off->node->oma_uri() == "./Device/Vendor/MSFT/Policy/Config/MSSecurityGuide/ConfigureSMBV1Server");
        CHECK(try_csp_setting(value_of("SMB1", reg_value::dword(1)))->value == "<enabled/>");
        CHECK_FALSE(try_csp_setting(value_of("SMB1", reg_value::dword(7))));

        // Enabled "applies UAC restrictions", which writes 0.
        CHECK(try_csp_setting(value_of("LocalAccountTokenFilterPolicy", reg_value::dword(0)))->value == "<enabled/>");
        CHECK(try_csp_setting(value_of("LocalAccountTokenFilterPolicy", reg_value::dword(1)))->value == "<disabled/>");

        auto sam = try_csp_setting(value_of("RestrictRemoteSAM", reg_value::string("O:BAG:BAD:(A;;RC;;;BA)")));
        REQUIRE(sam);
        CHECK(sam->value == "O:BAG:BAD:(A;;RC;;;BA)");
        CHECK(csp_data_type_name(sam->node->data_type()) == "String");
        CHECK(try_csp_setting(value_of("RequireSecuritySignature", reg_value::dword(1)))->node->area_policy ==
              "LocalPoliciesSecurityOptions/MicrosoftNetworkServer_DigitallySignCommunicationsAlways");

        for (const char* id : {"AutoShareServer", "AutoShareWks", "EveryoneIncludesAnonymous"})
            CHECK_FALSE(try_csp_setting(value_of(id, reg_value::dword(0))));
        CHECK_FALSE(try_csp_setting(value_of("NullSessionPipes", reg_value::multi_string({}))));
        CHECK_FALSE(try_csp_setting(value_of("NullSessionShares", reg_value::multi_string({}))));
        for (const csp_node& n : csp_nodes()) CHECK_MESSAGE(!n.source.empty(), n.setting_id);
    }

    TEST_CASE("verdict: all compliant exits 0") {
        auto t = rows({value_of("AutoShareServer", reg_value::dword(0)), value_of("NullSessionShares", std::nullopt)});
        auto v = remediation_verdict(t, {reg_value::dword(0), std::nullopt});
        CHECK(v.exit_code == 0);
        CHECK(v.lines == std::vector<std::string>{"OK AutoShareServer: DWord 0", "OK NullSessionShares: absent",
                                                  "Compliant: 2 values checked."});
    }

    TEST_CASE("verdict: one differing DWORD exits 1") {
        auto t = rows({value_of("AutoShareServer", reg_value::dword(0)), value_of("AutoShareWks", reg_value::dword(0))});
        auto v = remediation_verdict(t, {reg_value::dword(0), reg_value::dword(1)});
        CHECK(v.exit_code == 1);
        CHECK(v.lines[1] == "DIFF AutoShareWks: DWord 1, expected DWord 0");
        CHECK(v.lines[2] == "Not compliant: 1 of 2 values differ.");
    }

    TEST_CASE("verdict: present value that must be absent; missing value that must be present") {
        auto t = rows({value_of("NullSessionShares", std::nullopt), value_of("EveryoneIncludesAnonymous", reg_value::dword(0))});
        auto v = remediation_verdict(t, {reg_value::multi_string({}), std::nullopt});
        CHECK(v.exit_code == 1);
        CHECK(v.lines[0] == "DIFF NullSessionShares: MultiString {}, expected absent");
        CHECK(v.lines[1] == "DIFF EveryoneIncludesAnonymous: absent, expected DWord 0");
    }

    TEST_CASE("verdict: a wrong type differs even with the same digits") {
        auto t = rows({value_of("AutoShareServer", reg_value::dword(0))});
        auto v = remediation_verdict(t, {reg_value::string("0")});
        CHECK(v.exit_code == 1);
        CHECK(v.lines[0] == "DIFF AutoShareServer: String \"0\", expected DWord 0");
        CHECK(remediation_verdict(t, {reg_value::string("0", reg_type::expand_sz)}).lines[0] ==
              "DIFF AutoShareServer: ExpandString, expected DWord 0");
        CHECK(remediation_verdict(t, {reg_value::qword(0)}).exit_code == 1);
    }

    TEST_CASE("verdict: multi-string order matters, empty lists and empty elements") {
        auto t = rows({value_of("NullSessionPipes", reg_value::multi_string({"netlogon", "samr"}))});
        CHECK(remediation_verdict(t, {reg_value::multi_string({"netlogon", "samr"})}).exit_code == 0);
        auto swapped = remediation_verdict(t, {reg_value::multi_string({"samr", "netlogon"})});
        CHECK(swapped.exit_code == 1);
        CHECK(swapped.lines[0] == "DIFF NullSessionPipes: MultiString {samr, netlogon}, expected MultiString {netlogon, samr}");
        CHECK(remediation_verdict(t, {reg_value::multi_string({"netlogon"})}).exit_code == 1);
        // A leading empty element (seen on domain controllers) carries no name.
        CHECK(remediation_verdict(t, {reg_value::multi_string({"", "netlogon", "samr"})}).exit_code == 0);

        auto empty = rows({value_of("NullSessionPipes", reg_value::multi_string({}))});
        CHECK(remediation_verdict(empty, {reg_value::multi_string({})}).exit_code == 0);
        CHECK(remediation_verdict(empty, {reg_value::multi_string({"browser"})}).exit_code == 1);
        CHECK(remediation_verdict(empty, {std::nullopt}).exit_code == 1);  // absent is not an empty list
        CHECK(remediation_verdict(empty, {reg_value::string("")}).exit_code == 1);
    }

    TEST_CASE("verdict: REG_SZ compares case-sensitively") {
        auto t = rows({value_of("RestrictRemoteSAM", reg_value::string("O:BAG:BAD:(A;;RC;;;BA)"))});
        CHECK(remediation_verdict(t, {reg_value::string("O:BAG:BAD:(A;;RC;;;BA)")}).exit_code == 0);
        auto lower = remediation_verdict(t, {reg_value::string("o:bag:bad:(a;;rc;;;ba)")});
        CHECK(lower.exit_code == 1);
        CHECK(lower.lines[0] == "DIFF RestrictRemoteSAM: String \"o:bag:bad:(a;;rc;;;ba)\", expected String \"O:BAG:BAD:(A;;RC;;;BA)\"");
    }

    TEST_CASE("output bound: the whole catalog with hostile data stays under 2048 characters") {
        remediation_table t;
        std::vector<observed_value> observed;
        std::vector<std::string> long_list(40, std::string(200, 'p'));
        for (const setting& s : catalog()) {
            deployed_value v{&s, std::nullopt};
            if (s.type == reg_type::dword) v.value = reg_value::dword(4294967295u);
            if (s.type == reg_type::sz) v.value = reg_value::string(std::string(500, 'x'));
            if (s.type == reg_type::multi_sz) v.value = reg_value::multi_string(long_list);
            t.push_back(expected_row(v));
            observed.push_back(reg_value::multi_string({std::string(3000, '\n'), "x"}));  // wrong type, long, control chars
        }
        std::size_t detect = detect_output_bound(t), remediate = remediate_output_bound(t);
        MESSAGE("detect bound " << detect << ", remediate bound " << remediate);
        CHECK(detect < intune_output_limit);
        CHECK(remediate < intune_output_limit);
        auto v = remediation_verdict(t, observed);
        std::size_t written = 0;
        for (const std::string& l : v.lines) {
            CHECK(l.find('\n') == std::string::npos);
            written += utf8_to_utf16(l).size() + 2;
        }
        CHECK(written <= detect);
        CHECK(limit_text(std::string(100, 'a'), max_data_chars).size() == max_data_chars);
    }

    TEST_CASE("the scripts carry the table as rendered and the engine's caps, and restart nothing") {
        deployment d;
        d.header = test_header("t");
        d.values = {value_of("AutoShareServer", reg_value::dword(0)), value_of("NullSessionShares", std::nullopt),
                    value_of("NullSessionPipes", reg_value::multi_string({"it's", "b"})),
                    value_of("RestrictRemoteSAM", std::nullopt)};
        auto table = intune_remediation_table(d);
        REQUIRE(table.size() == 4);
        for (const std::string& script : {render_detect_script(d.header, table), render_remediate_script(d.header, table)}) {
            for (const expected_value& row : table) CHECK(script.find("    " + render_table_row(row) + "\r\n") != std::string::npos);
            CHECK(script.find("$MaxData = " + std::to_string(max_data_chars) + "\r\n") != std::string::npos);
            CHECK(script.find("$MaxError = " + std::to_string(max_error_chars) + "\r\n") != std::string::npos);
            CHECK(script.find("[Microsoft.Win32.RegistryView]::Registry64") != std::string::npos);
            CHECK(script.find("$ErrorActionPreference = 'Stop'") != std::string::npos);
            CHECK(script.substr(0, 3) != "\xEF\xBB\xBF");
            for (const char* banned : {"Restart-Computer", "Restart-Service", "shutdown", "Stop-Service"})
                CHECK(script.find(banned) == std::string::npos);
        }
        CHECK(render_table_row(table[2]) ==
              "@{ Key = 'SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters'; Name = 'NullSessionPipes'; "
              "Kind = 'MultiString'; Data = @('it''s', 'b'); Restart = 'none' }");
        auto rem = render_remediate_script(d.header, table);
        CHECK(rem.find("restart of the Server service pending") != std::string::npos);
    }

    TEST_CASE("no remediation scripts when every value has a CSP; README says so") {
        deployment d;
        d.header = test_header("t");
        d.values = {value_of("RestrictAnonymous", reg_value::dword(1))};
        auto files = export_intune(d);
        CHECK(find_file(files, "remediation/detect.ps1") == nullptr);
        REQUIRE(find_file(files, "README.txt"));
        CHECK(find_file(files, "README.txt")->bytes.find("no remediation scripts are written") != std::string::npos);
    }

    TEST_CASE("YAML single quotes keep backslashes literal") {
        CHECK(yaml_quote("HKLM:\\SYSTEM\\x") == "'HKLM:\\SYSTEM\\x'");
        CHECK(yaml_quote("it's") == "'it''s'");
    }

    TEST_CASE("goldens: example-locked-down apply and undo, example-sql-host apply") {
        deployment locked = from_profile_file("example-locked-down.json");
        deployment undo = undo_to_windows_defaults(locked);
        deployment sql = from_profile_file("example-sql-host.json");
        sg::test::check_golden_folder("intune", "locked-down-apply", export_intune(locked));
        sg::test::check_golden_folder("intune", "locked-down-undo-defaults", export_intune(undo));
        sg::test::check_golden_folder("intune", "sql-host-apply", export_intune(sql));
        sg::test::check_golden_folder("ansible", "locked-down-apply", export_ansible(locked));
        sg::test::check_golden_folder("ansible", "locked-down-undo-defaults", export_ansible(undo));
        sg::test::check_golden_folder("ansible", "sql-host-apply", export_ansible(sql));
    }
}
