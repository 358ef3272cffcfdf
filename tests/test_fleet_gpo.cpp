// The Group Policy exporter: Registry.pol bytes against the reference's golden
// vector, each record's layout, GptTmpl.inf lines per type, the placement of
// every catalog setting, and golden folders for two profiles and their undo
// twins. tests/fleet/check_gpo.py reads the same golden folders with samba,
// configparser and xmllint (independent readers).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "support/golden_folder.h"
#include "support/test_paths.h"
#include "wizard/fleet/export_gpo.h"
#include "wizard/fleet/gpo_placement.h"
#include "wizard/fleet/gpp_registry_xml.h"
#include "wizard/fleet/gpt_tmpl_inf.h"
#include "wizard/fleet/registry_pol.h"
#include "wizard/platform.h"

using namespace sg;
using namespace sg::fleet;

namespace {

std::string bytes(std::initializer_list<int> list) {
    std::string out;
    for (int b : list) out.push_back(static_cast<char>(b));
    return out;
}

std::string utf16z(std::string_view ascii) {
    std::string out;
    for (char c : ascii) out += {c, '\0'};
    return out + std::string(2, '\0');
}

std::string dword_le(std::uint32_t v) {
    return bytes({static_cast<int>(v & 0xFF), static_cast<int>((v >> 8) & 0xFF), static_cast<int>((v >> 16) & 0xFF),
                  static_cast<int>(v >> 24)});
}

const std::string sep = std::string(";\0", 2);

const std::string lanman = "SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters";

deployment_header fixed_header(std::string profile_name) {
    return deployment_header{std::move(profile_name), "test", "2026-01-02T03:04:05Z", deployment_kind::apply, ""};
}

deployment profile_deployment(const std::string& file) {
    profile p = read_profile_file(test::resources_dir() / "profiles" / file);
    return deployment_from_profile(p, fixed_header(p.name));
}

const exported_file* find_file(const std::vector<exported_file>& files, std::string_view path) {
    for (const exported_file& f : files)
        if (f.path == path) return &f;
    return nullptr;
}

}  // namespace

TEST_SUITE("fleet_gpo") {
    TEST_CASE("Registry.pol: the reference's golden vector comes out byte for byte") {
        // peers-and-formats.md §3.1: AutoShareWks = REG_DWORD 0, 174 bytes.
        const std::string golden = bytes({
            0x50, 0x52, 0x65, 0x67, 0x01, 0x00, 0x00, 0x00, 0x5b, 0x00, 0x53, 0x00, 0x59, 0x00, 0x53, 0x00, 0x54, 0x00,
            0x45, 0x00, 0x4d, 0x00, 0x5c, 0x00, 0x43, 0x00, 0x75, 0x00, 0x72, 0x00, 0x72, 0x00, 0x65, 0x00, 0x6e, 0x00,
            0x74, 0x00, 0x43, 0x00, 0x6f, 0x00, 0x6e, 0x00, 0x74, 0x00, 0x72, 0x00, 0x6f, 0x00, 0x6c, 0x00, 0x53, 0x00,
            0x65, 0x00, 0x74, 0x00, 0x5c, 0x00, 0x53, 0x00, 0x65, 0x00, 0x72, 0x00, 0x76, 0x00, 0x69, 0x00, 0x63, 0x00,
            0x65, 0x00, 0x73, 0x00, 0x5c, 0x00, 0x4c, 0x00, 0x61, 0x00, 0x6e, 0x00, 0x6d, 0x00, 0x61, 0x00, 0x6e, 0x00,
            0x53, 0x00, 0x65, 0x00, 0x72, 0x00, 0x76, 0x00, 0x65, 0x00, 0x72, 0x00, 0x5c, 0x00, 0x50, 0x00, 0x61, 0x00,
            0x72, 0x00, 0x61, 0x00, 0x6d, 0x00, 0x65, 0x00, 0x74, 0x00, 0x65, 0x00, 0x72, 0x00, 0x73, 0x00, 0x00, 0x00,
            0x3b, 0x00, 0x41, 0x00, 0x75, 0x00, 0x74, 0x00, 0x6f, 0x00, 0x53, 0x00, 0x68, 0x00, 0x61, 0x00, 0x72, 0x00,
            0x65, 0x00, 0x57, 0x00, 0x6b, 0x00, 0x73, 0x00, 0x00, 0x00, 0x3b, 0x00, 0x04, 0x00, 0x00, 0x00, 0x3b, 0x00,
            0x04, 0x00, 0x00, 0x00, 0x3b, 0x00, 0x00, 0x00, 0x00, 0x00, 0x5d, 0x00,
        });
        REQUIRE(golden.size() == 174);
        CHECK(render_registry_pol({pol_set_value(lanman, "AutoShareWks", reg_value::dword(0))}) == golden);
    }

    TEST_CASE("Registry.pol: header alone, and each record's fields in order") {
        CHECK(render_registry_pol({}) == bytes({0x50, 0x52, 0x65, 0x67, 0x01, 0x00, 0x00, 0x00}));

        auto sz = render_pol_record(pol_set_value("K", "V", reg_value::string("ab")));
        CHECK(sz == std::string("[\0", 2) + utf16z("K") + sep + utf16z("V") + sep + dword_le(1) + sep + dword_le(6) +
                        sep + utf16z("ab") + std::string("]\0", 2));

        // REG_MULTI_SZ: each string NUL-terminated, then one more NUL.
        auto multi = render_pol_record(pol_set_value("K", "P", reg_value::multi_string({"a", "b"})));
        CHECK(multi == std::string("[\0", 2) + utf16z("K") + sep + utf16z("P") + sep + dword_le(7) + sep +
                           dword_le(10) + sep + utf16z("a") + utf16z("b") + std::string(2, '\0') +
                           std::string("]\0", 2));
    }

    TEST_CASE("Registry.pol: a removal is a **del.<name> record with REG_SZ \" \"") {
        pol_record r = pol_delete_value(lanman, "SMB1");
        CHECK(r.value_name == "**del.SMB1");
        CHECK(render_pol_record(r) == std::string("[\0", 2) + utf16z(lanman) + sep + utf16z("**del.SMB1") + sep +
                                          dword_le(1) + sep + dword_le(4) + sep + utf16z(" ") + std::string("]\0", 2));
    }

    TEST_CASE("GptTmpl.inf: one [Registry Values] line per type") {
        const setting& ra = *find_setting("RestrictAnonymous");
        const std::string name = inf_registry_value_name(ra);
        CHECK(name == "MACHINE\\System\\CurrentControlSet\\Control\\Lsa\\RestrictAnonymous");
        CHECK(try_registry_values_line(name, reg_value::dword(1)) == name + "=4,1");
        CHECK(try_registry_values_line(name, reg_value::dword(4294967295U)) == name + "=4,4294967295");
        CHECK(try_registry_values_line("P", reg_value::multi_string({"netlogon", "samr"})) == "P=7,netlogon,samr");
        CHECK(try_registry_values_line("P", reg_value::multi_string({})) == "P=7,");
        CHECK(try_registry_values_line("S", reg_value::string("O:BAG:BAD:(A;;RC;;;BA)")) ==
              "S=1,\"O:BAG:BAD:(A;;RC;;;BA)\"");
        // No documented escaping: these cannot be written.
        CHECK_FALSE(try_registry_values_line("P", reg_value::multi_string({"a,b"})));
        CHECK_FALSE(try_registry_values_line("S", reg_value::string("say \"x\"")));
        CHECK_FALSE(try_registry_values_line("Q", reg_value::qword(1)));
    }

    TEST_CASE("GptTmpl.inf: UTF-16LE with BOM, CRLF, preamble, comments after [Unicode]") {
        std::string file = render_gpt_tmpl_inf({"hello"}, {"A=4,1"});
        std::string expected_utf8 =
            "[Unicode]\r\nUnicode=yes\r\n; hello\r\n[Version]\r\nsignature=\"$CHICAGO$\"\r\n"
            "Revision=1\r\n[Registry Values]\r\nA=4,1\r\n";
        std::string expected = "\xFF\xFE";
        for (char c : expected_utf8) expected += {c, '\0'};
        CHECK(file == expected);
    }

    TEST_CASE("Registry.xml: uids are deterministic, distinct and GUID-shaped") {
        std::string a = gpp_item_uid("example-locked-down", "AutoShareServer");
        CHECK(a == gpp_item_uid("example-locked-down", "AutoShareServer"));
        CHECK(a != gpp_item_uid("example-locked-down", "AutoShareWks"));
        CHECK(a != gpp_item_uid("example-sql-host", "AutoShareServer"));
        REQUIRE(a.size() == 38);
        CHECK(a.front() == '{');
        CHECK(a[15] == '8');  // version 8
        CHECK(gpp_changed_time("2026-01-02T03:04:05Z") == "2026-01-02 03:04:05");
        std::string xml = render_gpp_registry_xml({"a -- b"}, "t", {{"{U}", "K", "N", 0x1F, false}});
        CHECK(xml.find("a - - b") != std::string::npos);  // "--" is not allowed in an XML comment
        CHECK(xml.find("action=\"R\"") != std::string::npos);
        CHECK(xml.find("removePolicy=\"1\"") != std::string::npos);
        CHECK(xml.find("value=\"0000001F\"") != std::string::npos);
    }

    TEST_CASE("placement: every catalog setting exactly once, in catalog order") {
        const auto& rows = gpo_placements();
        REQUIRE(rows.size() == catalog().size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            CAPTURE(catalog()[i].id);
            CHECK(rows[i].setting_id == catalog()[i].id);
            CHECK(&placement_for(catalog()[i]) == &rows[i]);
            CHECK_FALSE(rows[i].source.empty());
            // GPP items are written as REG_DWORD: only DWORD settings may go there.
            if (rows[i].mechanism == gpo_mechanism::gpp_registry) CHECK(catalog()[i].type == reg_type::dword);
        }
        CHECK(placement_for(*find_setting("RequireSecuritySignature")).mechanism == gpo_mechanism::security_template);
        CHECK(placement_for(*find_setting("SMB1")).tattoos == tattoo::yes);
        CHECK(placement_for(*find_setting("LocalAccountTokenFilterPolicy")).tattoos == tattoo::no);
    }

    TEST_CASE("export: a removal a security template cannot say is left out and named in README.txt") {
        deployment d = profile_deployment("example-locked-down.json");  // NullSessionShares: delete
        auto files = export_gpo(d);
        const exported_file* inf = find_file(files, "Machine/Microsoft/Windows NT/SecEdit/GptTmpl.inf");
        REQUIRE(inf);
        std::string inf_utf8 =
            utf16le_bytes_to_utf8(reinterpret_cast<const std::uint8_t*>(inf->bytes.data()) + 2, inf->bytes.size() - 2);
        CHECK(inf_utf8.find("NullSessionShares") == std::string::npos);
        CHECK(inf_utf8.find("NullSessionPipes=7,\r\n") != std::string::npos);
        CHECK_FALSE(find_file(files, "Machine/Registry.pol"));  // nothing of this profile goes there
        const exported_file* readme = find_file(files, "README.txt");
        REQUIRE(readme);
        CHECK(readme->bytes.find("NullSessionShares (remove the value): NOT IN THIS FOLDER") != std::string::npos);
        for (const deployed_value& v : d.values)
            CHECK(readme->bytes.find("  " + v.entry->value_name) != std::string::npos);
        CHECK(readme->bytes.find("\n") == readme->bytes.find("\r\n") + 1);  // CRLF
    }

    TEST_CASE("golden: example-locked-down, apply") {
        test::check_golden_folder("gpo", "locked-down-apply", export_gpo(profile_deployment("example-locked-down.json")));
    }
    TEST_CASE("golden: example-locked-down, undo to Windows defaults") {
        test::check_golden_folder("gpo", "locked-down-undo",
                            export_gpo(undo_to_windows_defaults(profile_deployment("example-locked-down.json"))));
    }
    TEST_CASE("golden: example-sql-host, apply") {
        test::check_golden_folder("gpo", "sql-host-apply", export_gpo(profile_deployment("example-sql-host.json")));
    }
    TEST_CASE("golden: example-sql-host, undo to Windows defaults (SMB1 removed by a **del. record)") {
        test::check_golden_folder("gpo", "sql-host-undo",
                            export_gpo(undo_to_windows_defaults(profile_deployment("example-sql-host.json"))));
    }
}
