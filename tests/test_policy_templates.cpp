// The Security CSE's cached templates are untrusted files: read as UTF-16LE INF,
// only [Registry Values] kept, bounded, and every refusal names file and line.
#include <doctest/doctest.h>

#include <fstream>

#include "support/temp_folder.h"
#include "wizard/errors.h"
#include "wizard/policy_templates.h"
#include "wizard/reg_text.h"

using namespace sg;

namespace {

// As secedit writes a GptTmpl.inf (reference §2.1 lines), CRLF.
const std::string gpt_tmpl =
    "[Unicode]\r\nUnicode=yes\r\n[Version]\r\nsignature=\"$CHICAGO$\"\r\nRevision=1\r\n"
    "[System Access]\r\nMinimumPasswordAge = 1\r\n"
    "[Registry Values]\r\n"
    "MACHINE\\System\\CurrentControlSet\\Control\\Lsa\\RestrictAnonymous=4,1\r\n"
    "; a comment\r\n"
    "MACHINE\\System\\CurrentControlSet\\Services\\LanManServer\\Parameters\\NullSessionPipes=7,netlogon,samr\r\n"
    "MACHINE\\System\\CurrentControlSet\\Control\\Lsa\\RestrictRemoteSAM=1,\"O:BAG:BAD:(A;;RC;;;BA)\"\r\n"
    "[Privilege Rights]\r\nSeNetworkLogonRight = *S-1-5-32-544\r\n";

std::string utf16_with_bom(const std::string& utf8) { return "\xFF\xFE" + utf8_to_utf16le_text(utf8); }

void write_bytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
}

std::string error_of(const std::string& bytes) {
    try {
        parse_cached_template(bytes, "gpt00000.inf");
    } catch (const input_error& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST_SUITE("policy_templates") {
    TEST_CASE("a GptTmpl.inf in UTF-16LE: only [Registry Values], MACHINE\\ expanded, data and line kept") {
        const auto t = parse_cached_template(utf16_with_bom(gpt_tmpl), "gpt00000.dom");
        CHECK(t.file == "gpt00000.dom");
        REQUIRE(t.values.size() == 3);
        CHECK(t.values[0].key == "HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\\Lsa");
        CHECK(t.values[0].value_name == "RestrictAnonymous");
        CHECK(t.values[0].data == "4,1");
        CHECK(t.values[0].line == 9);
        CHECK(t.values[1].value_name == "NullSessionPipes");
        CHECK(t.values[1].data == "7,netlogon,samr");
        CHECK(t.values[2].data == "1,\"O:BAG:BAD:(A;;RC;;;BA)\"");
        CHECK(t.values[2].line == 12);
    }

    TEST_CASE("UTF-16LE without a byte-order mark is read too") {
        CHECK(parse_cached_template(utf8_to_utf16le_text(gpt_tmpl), "gpt00000.inf").values.size() == 3);
    }

    TEST_CASE("refused, naming the file (and line): UTF-8, odd length, too large, a bad line or path") {
        CHECK(error_of(gpt_tmpl).find("gpt00000.inf: not UTF-16LE text") == 0);
        CHECK(error_of(utf16_with_bom("[Unicode]") + "x").find("odd number of bytes") != std::string::npos);
        CHECK(error_of(std::string(max_template_bytes + 2, '\0')).find("larger than") != std::string::npos);
        CHECK(error_of(utf16_with_bom("[Registry Values]\r\nMACHINE\\System\\X\r\n")) ==
              "gpt00000.inf:2: a [Registry Values] line without '='");
        CHECK(error_of(utf16_with_bom("[Registry Values]\r\nUSER\\Software\\X\\Y=4,1\r\n")) ==
              "gpt00000.inf:2: a [Registry Values] path outside MACHINE\\");
        CHECK(error_of(utf16_with_bom("[Registry Values\r\n")) == "gpt00000.inf:1: a section header without ']'");
    }

    TEST_CASE("the folder: gpt*.inf and gpt*.dom in name order, a bad file listed while the others are read") {
        test::temp_folder dir;
        write_bytes(dir / "gpt00001.inf", utf16_with_bom(gpt_tmpl));
        write_bytes(dir / "GPT00000.DOM", utf16_with_bom("[Registry Values]\r\n"
                                                         "MACHINE\\System\\CurrentControlSet\\Control\\Lsa\\"
                                                         "EveryoneIncludesAnonymous=4,0\r\n"));
        write_bytes(dir / "gpt00002.inf", gpt_tmpl);  // UTF-8: refused
        write_bytes(dir / "notes.inf", utf16_with_bom(gpt_tmpl));  // not a gpt* file: not read
        const auto cache = read_template_cache(dir.path());
        REQUIRE(cache.files.size() == 2);
        CHECK(cache.files[0].file == "GPT00000.DOM");
        CHECK(cache.files[0].values.at(0).value_name == "EveryoneIncludesAnonymous");
        CHECK(cache.files[1].file == "gpt00001.inf");
        REQUIRE(cache.problems.size() == 1);
        CHECK(cache.problems[0].find("gpt00002.inf") == 0);
    }

    TEST_CASE("a missing folder: no files and no problem (no GPO applied security settings)") {
        test::temp_folder dir;
        const auto cache = read_template_cache(dir / "policies");
        CHECK(cache.files.empty());
        CHECK(cache.problems.empty());
    }
}
