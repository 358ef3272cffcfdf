// Backup files: the format regedit imports, the header and its SHA-256, parsing
// (malformed files, tampering), unique names and the private folder.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <random>
#include <set>
#include <thread>
#include <vector>

#include "support/apply_fixture.h"
#include "support/temp_folder.h"
#include "support/test_paths.h"
#include "wizard/backup.h"
#include "wizard/backup_key.h"
#include "wizard/errors.h"
#include "wizard/platform.h"
#include "wizard/reg_file.h"
#include "wizard/reg_value.h"

namespace sg::test {

namespace {

/// A fixed key, so the golden file's HMAC is fixed too.
const std::string test_key(backup_key_size, 'k');

backup_header fixed_header() {
    return backup_header{"SQLHOST01", "snapshot sqlhost01.reg", "2026-11-25T22:58:25Z", "sql-server-host", "0.1.0"};
}

/// The previous state of every row mixed_targets() writes, in plan order.
std::vector<backup_entry> fixed_entries() {
    return {
        {lsa_key, "RestrictAnonymous", reg_value::dword(0)},
        {lanman_key, "AutoShareServer", std::nullopt},
        {lanman_key, "NullSessionPipes", reg_value::multi_string({"netlogon", "samr", "sql\\query"})},
        {lsa_key, "RestrictAnonymousSAM", std::nullopt},
        {lanman_key, "AutoShareWks", reg_value::dword(1)},
        {lsa_key, "RestrictRemoteSAM", reg_value::dword(1)},
    };
}

std::string decode_utf16le(const std::string& bytes) {
    REQUIRE(bytes.size() >= 2);
    return utf16le_bytes_to_utf8(reinterpret_cast<const std::uint8_t*>(bytes.data()) + 2, bytes.size() - 2);
}

std::string encode_utf16le(const std::string& text) {
    auto units = utf8_to_utf16le_bytes(text);
    std::string bytes = "\xFF\xFE";
    bytes.append(units.begin(), units.end());
    return bytes;
}

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string crlf_to_lf(std::string text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) out += text[i];
    return out;
}

}  // namespace

TEST_SUITE("backup") {

TEST_CASE("a backup is regedit 5 text: UTF-16LE with BOM, CRLF, hash line right after the first line") {
    const std::string bytes = render_backup(fixed_header(), fixed_entries(), test_key);
    REQUIRE(bytes.size() > 2);
    CHECK(static_cast<unsigned char>(bytes[0]) == 0xFF);
    CHECK(static_cast<unsigned char>(bytes[1]) == 0xFE);

    const std::string text = decode_utf16le(bytes);
    CHECK(text.starts_with("Windows Registry Editor Version 5.00\r\n; sha256: "));
    CHECK(text.find("\r\n; ShareGuard backup\r\n; machine: SQLHOST01\r\n") != std::string::npos);
    CHECK(text.find("; time: 2026-11-25T22:58:25Z\r\n") != std::string::npos);
    CHECK(text.find("; profile: sql-server-host\r\n") != std::string::npos);
    CHECK(text.find("; tool version: 0.1.0\r\n") != std::string::npos);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') REQUIRE_MESSAGE((i > 0 && text[i - 1] == '\r'), "bare LF at byte " << i);
}

TEST_CASE("absent values become deletions; one section per key, in first-use order") {
    const std::string text = crlf_to_lf(decode_utf16le(render_backup(fixed_header(), fixed_entries(), test_key)));
    CHECK(text.find("\"AutoShareServer\"=-\n") != std::string::npos);
    CHECK(text.find("\"RestrictAnonymousSAM\"=-\n") != std::string::npos);

    const auto lsa_at = text.find("[" + lsa_key + "]");
    const auto lanman_at = text.find("[" + lanman_key + "]");
    REQUIRE(lsa_at != std::string::npos);
    REQUIRE(lanman_at != std::string::npos);
    CHECK(lsa_at < lanman_at);
    CHECK(text.find("[" + lsa_key + "]", lsa_at + 1) == std::string::npos);
    CHECK(text.find("[" + lanman_key + "]", lanman_at + 1) == std::string::npos);
    // Values keep plan order inside their key.
    CHECK(text.find("\"RestrictAnonymous\"=") < text.find("\"RestrictAnonymousSAM\"="));
    CHECK(text.find("\"RestrictAnonymousSAM\"=") < text.find("\"RestrictRemoteSAM\"="));
    CHECK(text.find("\"AutoShareServer\"=") < text.find("\"NullSessionPipes\"="));
}

TEST_CASE("keys that differ only in case share one section") {
    std::vector<backup_entry> entries = {
        {lsa_key, "RestrictAnonymous", reg_value::dword(0)},
        {"HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\LSA", "RestrictAnonymousSAM", std::nullopt},
    };
    auto parsed = parse_reg(render_backup(fixed_header(), entries, test_key), "b.reg");
    REQUIRE(parsed.keys.size() == 1);
    CHECK(parsed.keys[0].values.size() == 2);
}

TEST_CASE("render then parse gives the header and the entries back, hash ok") {
    const auto parsed = parse_backup(render_backup(fixed_header(), fixed_entries(), test_key), "b.reg", test_key);
    CHECK(parsed.hash_ok);
    CHECK(parsed.stored_hash == parsed.computed_hash);
    CHECK(parsed.stored_hash.size() == 64);
    CHECK(parsed.header.machine == "SQLHOST01");
    CHECK(parsed.header.target == "snapshot sqlhost01.reg");
    CHECK(parsed.header.time_utc == "2026-11-25T22:58:25Z");
    CHECK(parsed.header.profile == "sql-server-host");
    CHECK(parsed.header.tool_version == "0.1.0");

    // Entries come back grouped by key (file order); compare as a set of (key, name, previous).
    auto expected = fixed_entries();
    REQUIRE(parsed.entries.size() == expected.size());
    for (const auto& e : expected) {
        bool found = false;
        for (const auto& p : parsed.entries)
            if (p.key == e.key && p.value_name == e.value_name) {
                found = true;
                CHECK(p.previous == e.previous);
            }
        CHECK_MESSAGE(found, e.value_name);
    }
}

TEST_CASE("the SHA-256 and the HMAC-SHA256 cover every byte after the HMAC line") {
    const std::string bytes = render_backup(fixed_header(), fixed_entries(), test_key);
    const std::string text = decode_utf16le(bytes);
    const auto second_line_end = text.find("\r\n", text.find("\r\n") + 2) + 2;
    CHECK(text.substr(second_line_end).starts_with("; hmac-sha256: "));
    const auto third_line_end = text.find("\r\n", second_line_end) + 2;
    const std::string after = encode_utf16le(text.substr(third_line_end)).substr(2);
    const auto parsed = parse_backup(bytes, "b.reg", test_key);
    CHECK(parsed.stored_hash == sha256_hex(after));
    CHECK(parsed.stored_hmac == hmac_sha256_hex(test_key, after));
    CHECK(parsed.doubt == backup_doubt::none);
}

TEST_CASE("a header field cannot break out of its comment line") {
    auto header = fixed_header();
    header.profile = "evil\r\n[HKEY_LOCAL_MACHINE\\X]\r\n\"a\"=dword:1";
    const std::string bytes = render_backup(header, fixed_entries(), test_key);
    auto parsed = parse_backup(bytes, "b.reg", test_key);
    CHECK(parsed.hash_ok);
    CHECK(parsed.entries.size() == fixed_entries().size());
    CHECK(parsed.header.profile.find('\n') == std::string::npos);
    CHECK(parse_reg(bytes, "b.reg").keys.size() == 2);
}

TEST_CASE("tampering with the body or the metadata is detected, not thrown") {
    const std::string text = decode_utf16le(render_backup(fixed_header(), fixed_entries(), test_key));

    SUBCASE("body") {
        auto tampered = replace_once(text, "\"AutoShareWks\"=dword:00000001", "\"AutoShareWks\"=dword:00000000");
        auto parsed = parse_backup(encode_utf16le(tampered), "b.reg", test_key);
        CHECK_FALSE(parsed.hash_ok);
        CHECK(parsed.stored_hash != parsed.computed_hash);
    }
    SUBCASE("metadata") {
        auto parsed = parse_backup(encode_utf16le(replace_once(text, "SQLHOST01", "OTHERHOST")), "b.reg", test_key);
        CHECK_FALSE(parsed.hash_ok);
        CHECK(parsed.header.machine == "OTHERHOST");
    }
    SUBCASE("the hash itself") {
        const auto at = text.find("; sha256: ") + 10;
        std::string tampered = text;
        tampered[at] = tampered[at] == 'a' ? 'b' : 'a';
        CHECK_FALSE(parse_backup(encode_utf16le(tampered), "b.reg", test_key).hash_ok);
    }
    SUBCASE("re-saved as UTF-8") {
        std::string utf8 = "\xEF\xBB\xBF" + text;
        CHECK_FALSE(parse_backup(utf8, "b.reg", test_key).hash_ok);
    }
}

TEST_CASE("malformed backups throw input_error naming file, line and column") {
    const std::string text = decode_utf16le(render_backup(fixed_header(), fixed_entries(), test_key));
    auto expect_error_at = [](const std::string& bad_text, int line, int column) {
        try {
            parse_backup(encode_utf16le(bad_text), "bad.reg", test_key);
            FAIL("no input_error for a malformed backup");
        } catch (const input_error& e) {
            CHECK(e.file() == "bad.reg");
            CHECK(e.line() == line);
            CHECK(e.column() == column);
        }
    };
    SUBCASE("no hash line") { expect_error_at(replace_once(text, "; sha256: ", "; sha-256: "), 2, 1); }
    SUBCASE("hash not hexadecimal") { expect_error_at(replace_once(text, "; sha256: ", "; sha256: zz"), 2, 11); }
    SUBCASE("hash in upper case (we write lower case; the line is not covered by the hash)") {
        const auto at = text.find("; sha256: ") + 10;
        std::string upper = text;
        for (auto i = at; i < at + 64; ++i) upper[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(upper[i])));
        REQUIRE(upper != text);
        expect_error_at(upper, 2, 11);
    }
    SUBCASE("hash too short") {
        const auto at = text.find("; sha256: ") + 10;
        expect_error_at(std::string(text).erase(at, 1), 2, 11);
    }
    SUBCASE("no ShareGuard marker") { expect_error_at(replace_once(text, "; ShareGuard backup", "; backup"), 4, 1); }
    SUBCASE("HMAC not hexadecimal") { expect_error_at(replace_once(text, "; hmac-sha256: ", "; hmac-sha256: zz"), 3, 16); }
    SUBCASE("a key deletion") {
        // A backup restores values; a `[-key]` section (valid .reg) has no place in one.
        const auto line = 1 + std::count(text.begin(), text.end(), '\n');
        expect_error_at(text + "[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]\r\n", static_cast<int>(line), 1);
    }
    SUBCASE("not a .reg file at all") {
        CHECK_THROWS_AS(parse_backup("this is not a registry file", "bad.reg", test_key), input_error);
    }
    SUBCASE("an ordinary regedit export without the header") {
        CHECK_THROWS_AS(parse_backup(encode_utf16le("Windows Registry Editor Version 5.00\r\n\r\n[" + lsa_key +
                                                    "]\r\n\"RestrictAnonymous\"=dword:00000000\r\n\r\n"),
                                     "bad.reg", test_key),
                        input_error);
    }
}

TEST_CASE("damaged files: every byte flip is an input_error or fails the hash or the HMAC, never accepted") {
    const std::string good = render_backup(fixed_header(), fixed_entries(), test_key);
    std::mt19937 random(20261125);  // fixed seed: the same damage on every run
    for (int round = 0; round < 400; ++round) {
        std::string bad = good;
        const auto at = std::uniform_int_distribution<std::size_t>(0, bad.size() - 1)(random);
        bad[at] = static_cast<char>(bad[at] ^ (1 << std::uniform_int_distribution<int>(0, 7)(random)));
        CAPTURE(at);
        bool accepted = false;
        try {
            accepted = parse_backup(bad, "bad.reg", test_key).doubt == backup_doubt::none;
        } catch (const input_error& e) {  // any other exception fails the test
            CHECK(e.file() == "bad.reg");
        }
        CHECK_FALSE(accepted);
    }
}

TEST_CASE("golden: the exact backup text for a fixed plan") {
    const std::string text = decode_utf16le(render_backup(fixed_header(), fixed_entries(), test_key));
    const auto golden = read_file(golden_dir() / "backup-sql-server.reg.txt");
    CHECK(crlf_to_lf(text) == golden);
}

TEST_CASE("backup file names carry time and machine and never replace a file") {
    temp_folder folder;
    const auto first = write_new_backup(folder.path(), fixed_header(), "first");
    CHECK(first == folder / "shareguard-backup-20261125T225825Z-SQLHOST01.reg");
    const auto second = write_new_backup(folder.path(), fixed_header(), "second");
    CHECK(second == folder / "shareguard-backup-20261125T225825Z-SQLHOST01-2.reg");
    const auto third = write_new_backup(folder.path(), fixed_header(), "third");
    CHECK(third == folder / "shareguard-backup-20261125T225825Z-SQLHOST01-3.reg");
    CHECK(read_file(first) == "first");
    CHECK(read_file(second) == "second");
    CHECK(read_file(third) == "third");

    auto odd = fixed_header();
    odd.machine = "../..\\evil host";
    CHECK(write_new_backup(folder.path(), odd, "odd").parent_path() == folder.path());
    odd.machine = "";
    CHECK(write_new_backup(folder.path(), odd, "x").filename() == "shareguard-backup-20261125T225825Z-unknown.reg");
}

TEST_CASE("backups written at the same moment each get their own file") {
    // Two runs in the same second race for one name: none may replace another.
    temp_folder folder;
    constexpr int writers = 4, each = 8;
    std::vector<std::vector<std::filesystem::path>> written(writers);
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w)
        threads.emplace_back([&, w] {
            for (int i = 0; i < each; ++i)
                written[static_cast<size_t>(w)].push_back(
                    write_new_backup(folder.path(), fixed_header(), fmt::format("writer {} backup {}", w, i)));
        });
    for (auto& t : threads) t.join();

    std::set<std::filesystem::path> names;
    for (int w = 0; w < writers; ++w)
        for (int i = 0; i < each; ++i) {
            const auto& file = written[static_cast<size_t>(w)][static_cast<size_t>(i)];
            names.insert(file);
            CHECK(read_file(file) == fmt::format("writer {} backup {}", w, i));
        }
    CHECK(names.size() == static_cast<size_t>(writers * each));
    // No temp files left behind.
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder.path())) {
        (void)entry;
        ++files;
    }
    CHECK(files == names.size());
}

TEST_CASE("read_backup_file: a missing file is a file_error") {
    temp_folder folder;
    CHECK_THROWS_AS(read_backup_file(folder / "missing.reg", test_key_file(folder.path())), file_error);
}

TEST_CASE("read_backup_file reads what render_backup wrote") {
    temp_folder folder;
    const auto file = folder / "b.reg";
    write_file_durably(file, render_backup(fixed_header(), fixed_entries(), test_key));
    create_private_folder(test_key_file(folder.path()).parent_path());
    write_file_durably(test_key_file(folder.path()), test_key);
    auto parsed = read_backup_file(file, test_key_file(folder.path()));
    CHECK(parsed.hash_ok);
    CHECK(parsed.entries.size() == 6);
}

#ifndef _WIN32
TEST_CASE("the backup folder is private: mode 0700 on POSIX") {
    temp_folder folder;
    const auto backups = folder / "state" / "backups";
    create_private_folder(backups);
    struct stat st {};
    REQUIRE(::stat(backups.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0700);

    SUBCASE("an existing, open folder is tightened") {
        std::filesystem::permissions(backups, std::filesystem::perms::all);
        create_private_folder(backups);
        REQUIRE(::stat(backups.c_str(), &st) == 0);
        CHECK((st.st_mode & 07777) == 0700);
    }
}
#endif

}  // TEST_SUITE

}  // namespace sg::test
