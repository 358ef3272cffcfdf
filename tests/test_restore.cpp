// Restoring a backup: the round trip to the original bytes, tamper refusal,
// partial restores, and the same write-verify-rollback path as apply.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <thread>

#ifndef _WIN32
#include <sys/stat.h>
#endif

#include "support/apply_fixture.h"
#include "support/faulty_registry.h"
#include "support/temp_folder.h"
#include "wizard/apply.h"
#include "wizard/backup.h"
#include "wizard/backup_key.h"
#include "wizard/errors.h"
#include "wizard/journal.h"
#include "wizard/platform.h"
#include "wizard/snapshot_registry.h"

namespace sg::test {

namespace {

/// A machine file, hardened once with mixed_targets(); keeps the bytes from before.
struct applied_machine {
    temp_folder folder;
    std::filesystem::path file = folder / "machine.reg";
    std::filesystem::path backups = folder / "backups";
    std::string original_bytes;
    std::filesystem::path backup;

    applied_machine() {
        write_file_durably(file, render_reg(initial_document()));
        original_bytes = read_file(file);
        snapshot_registry reg(file);
        const auto report = apply_plan(reg, plan_for(reg, mixed_targets()), apply_options{backups, "0.1.0-test", key_file()});
        REQUIRE(report.status == run_status::success);
        REQUIRE(read_file(file) != original_bytes);
        backup = report.backup;
    }
    std::filesystem::path key_file() const { return test_key_file(folder.path()); }
    restore_options options() const { return restore_options{backups, false, {}, "0.1.0-test", key_file(), {}}; }
};

std::string decode(const std::string& bytes) {
    return utf16le_bytes_to_utf8(reinterpret_cast<const std::uint8_t*>(bytes.data()) + 2, bytes.size() - 2);
}

std::string encode(const std::string& text) {
    auto units = utf8_to_utf16le_bytes(text);
    return "\xFF\xFE" + std::string(units.begin(), units.end());
}

/// Gives `text` (a backup, decoded) a SHA-256 line that matches its content again,
/// as anyone can: the hash is a checksum, not a proof of origin.
std::string rehashed(const std::string& text) {
    const auto line2 = text.find("\r\n") + 2;
    const auto covered = text.find("\r\n", line2) + 2;
    const std::string hash = sha256_hex(encode(text.substr(covered)).substr(2));
    return text.substr(0, line2) + "; sha256: " + hash + text.substr(covered - 2);
}

/// The 1-based line of the first line of `text` that starts with `start`.
int line_of(const std::string& text, const std::string& start) {
    const auto at = text.find("\r\n" + start);
    REQUIRE(at != std::string::npos);
    return 2 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

std::vector<std::filesystem::path> files_in(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

/// Restoring `crafted_text` must be refused at line:column, with or without
/// force, and change nothing: not the registry, not the backup folder.
void expect_refused(const applied_machine& m, const std::string& crafted_text, int line, int column,
                    const std::string& detail_part) {
    const auto crafted = m.folder / "crafted.reg";
    write_file_durably(crafted, encode(crafted_text));
    const std::string bytes_before = read_file(m.file);
    const auto backups_before = files_in(m.backups);
    for (const bool force : {false, true}) {
        CAPTURE(force);
        snapshot_registry inner(m.file);
        faulty_registry reg(inner);
        auto opts = m.options();
        opts.force = force;
        try {
            restore_backup(reg, crafted, opts);
            FAIL("a crafted backup was restored");
        } catch (const input_error& e) {
            CHECK(e.file() == crafted.string());
            CHECK(e.line() == line);
            CHECK(e.column() == column);
            CHECK_MESSAGE(e.detail().find(detail_part) != std::string::npos, e.detail());
        }
        CHECK(reg.writes() == 0);
        CHECK(read_file(m.file) == bytes_before);
        CHECK(files_in(m.backups) == backups_before);
    }
}

const std::string run_key = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run";

const change_result* result_for(const run_report& report, std::string_view value_name) {
    for (const auto& r : report.results)
        if (r.value_name == value_name) return &r;
    return nullptr;
}

}  // namespace

TEST_SUITE("restore") {

TEST_CASE("apply then restore gives back the original file, byte for byte") {
    applied_machine m;
    snapshot_registry reg(m.file);
    const auto report = restore_backup(reg, m.backup, m.options());
    CHECK(report.status == run_status::success);
    CHECK(read_file(m.file) == m.original_bytes);
    for (const auto& r : report.results) CHECK(r.outcome == write_outcome::written);
    // Restore results name the catalog setting of each value.
    const auto* wks = result_for(report, "AutoShareWks");
    REQUIRE(wks != nullptr);
    CHECK(wks->setting_id == "AutoShareWks");
    CHECK(report.restart != restart_need::none);

    SUBCASE("the state before the restore was backed up first, and restoring that re-applies") {
        REQUIRE_FALSE(report.backup.empty());
        CHECK(report.backup != m.backup);
        const auto pre = read_backup_file(report.backup, m.key_file());
        CHECK(pre.hash_ok);
        CHECK(pre.header.profile == "restore of " + m.backup.filename().string());
        CHECK(pre.doubt == backup_doubt::none);
        CHECK(pre.entries.size() == read_backup_file(m.backup, m.key_file()).entries.size());

        snapshot_registry again(m.file);
        CHECK(restore_backup(again, report.backup, m.options()).status == run_status::success);
        snapshot_registry applied(m.file);
        CHECK(applied.find_value(lanman_key, "AutoShareServer") == reg_value::dword(0));
        CHECK_FALSE(applied.find_value(lanman_key, "AutoShareWks").has_value());
    }
    SUBCASE("both runs are journaled") {
        const auto lines = read_journal_lines(journal_path(m.backups));
        REQUIRE(lines.size() == 2);
        const auto j = nlohmann::json::parse(lines[1]);
        CHECK(j["action"] == "restore");
        CHECK(j["status"] == "success");
        CHECK(j["backup_file"] == m.backup.string());
        CHECK(j["backup"] == report.backup.string());
        CHECK(j["backup_verified"] == true);
        CHECK(j["backup_check"] == "verified");
    }
}

TEST_CASE("undoing a write that changed nothing Windows does needs no restart; undoing a real change does") {
    temp_folder folder;
    const auto file = folder / "machine.reg";
    const auto backups = folder / "backups";
    const auto key = test_key_file(folder.path());
    // AutoShareServer absent (Windows acts as 1), AutoShareWks 0 (the shares are off).
    reg_document doc;
    doc.keys = {file_key(lanman_key, {file_value("AutoShareWks", reg_value::dword(0))})};
    doc.trailing_comments = {""};
    write_file_durably(file, render_reg(doc));

    auto round_trip = [&](const std::string& id, reg_value to, restart_need written_need) {
        snapshot_registry reg(file);
        const auto applied = apply_plan(reg, plan_for(reg, {{id, lanman_key, id, to, written_need}}),
                                        apply_options{backups, "0.1.0-test", key});
        REQUIRE(applied.status == run_status::success);
        snapshot_registry again(file);
        const auto undone = restore_backup(again, applied.backup, restore_options{backups, false, {}, "0.1.0-test", key, {}});
        REQUIRE(undone.status == run_status::success);
        return undone.restart;
    };
    // absent -> 1 -> absent: Windows acts on 1 throughout.
    CHECK(round_trip("AutoShareServer", reg_value::dword(1), restart_need::none) == restart_need::none);
    // 0 -> 1 -> 0: the shares come back, then go again: the Server service must restart.
    CHECK(round_trip("AutoShareWks", reg_value::dword(1), restart_need::server_service) == restart_need::server_service);
}

TEST_CASE("restoring when everything already matches the backup writes nothing") {
    applied_machine m;
    {
        snapshot_registry reg(m.file);
        REQUIRE(restore_backup(reg, m.backup, m.options()).status == run_status::success);
    }
    snapshot_registry inner(m.file);
    faulty_registry reg(inner);
    const auto backups_before = reg_files_in(m.backups).size();
    const auto report = restore_backup(reg, m.backup, m.options());
    CHECK(report.status == run_status::nothing_to_do);
    CHECK(reg.writes() == 0);
    CHECK(report.backup.empty());
    CHECK(reg_files_in(m.backups).size() == backups_before);
    for (const auto& r : report.results) CHECK(r.outcome == write_outcome::unchanged);
}

TEST_CASE("a tampered backup is refused, and accepted with force") {
    applied_machine m;
    const std::string text = decode(read_file(m.backup));
    const std::string from = "\"AutoShareWks\"=dword:00000001";
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    std::string tampered = text;
    tampered.replace(at, from.size(), "\"AutoShareWks\"=dword:00000002");
    write_file_durably(m.backup, encode(tampered));

    const std::string applied_bytes = read_file(m.file);
    snapshot_registry inner(m.file);
    faulty_registry reg(inner);
    try {
        restore_backup(reg, m.backup, m.options());
        FAIL("a tampered backup was accepted");
    } catch (const input_error& e) {
        CHECK(e.file() == m.backup.string());
        CHECK(e.line() == 2);
        CHECK(e.detail().find("sha256") != std::string::npos);
    }
    CHECK(reg.writes() == 0);
    CHECK(read_file(m.file) == applied_bytes);

    auto forced = m.options();
    forced.force = true;
    CHECK(restore_backup(reg, m.backup, forced).status == run_status::success);
    CHECK(inner.find_value(lanman_key, "AutoShareWks") == reg_value::dword(2));
    CHECK(inner.find_value(lsa_key, "RestrictAnonymous") == reg_value::dword(0));
    const auto lines = read_journal_lines(journal_path(m.backups));
    REQUIRE_FALSE(lines.empty());
    CHECK(nlohmann::json::parse(lines.back())["hash_mismatch_forced"] == true);
}

TEST_CASE("restore writes only values ShareGuard manages: a crafted file is refused as a whole") {
    applied_machine m;
    const std::string text = decode(read_file(m.backup));

    SUBCASE("a Run key value added, SHA-256 recomputed") {
        const std::string crafted =
            rehashed(text + "[" + run_key + "]\r\n\"x\"=\"C:\\\\Users\\\\Public\\\\x.exe\"\r\n\r\n");
        expect_refused(m, crafted, line_of(crafted, "[" + run_key + "]"), 1, "not a key ShareGuard manages");
    }
    SUBCASE("a foreign value under Lsa, SHA-256 recomputed") {
        const std::string at = "\"RestrictAnonymous\"=";
        std::string crafted = text;
        crafted.insert(crafted.find(at), "\"Notification Packages\"=hex(7):65,00,76,00,69,00,6c,00,00,00,00,00\r\n");
        crafted = rehashed(crafted);
        expect_refused(m, crafted, line_of(crafted, "\"Notification Packages\""), 1, "not a value ShareGuard manages");
    }
    SUBCASE("a catalog value name under the wrong key") {
        std::string crafted = text;
        const std::string at = "\"AutoShareWks\"=";
        crafted.insert(crafted.find(at), "\"RestrictAnonymous\"=dword:00000000\r\n");
        crafted = rehashed(crafted);
        expect_refused(m, crafted, line_of(crafted, "\"RestrictAnonymous\"=dword:00000000\r\n\"AutoShareWks\""), 1,
                       "not a value ShareGuard manages");
    }
    SUBCASE("a key deletion, even of a catalog key") {
        const std::string crafted = rehashed(text + "[-" + lsa_key + "]\r\n\r\n");
        expect_refused(m, crafted, line_of(crafted, "[-" + lsa_key + "]"), 1, "cannot delete a key");
    }
    SUBCASE("an empty section for a foreign key (regedit would create the key)") {
        const std::string crafted = rehashed(text + "[" + run_key + "\\Extra]\r\n\r\n");
        expect_refused(m, crafted, line_of(crafted, "[" + run_key + "\\Extra]"), 1, "not a key ShareGuard manages");
    }
}

/// Restoring `backup` into m without force must be refused with nothing changed; returns the error.
input_error refused_unforced(const applied_machine& m, const std::filesystem::path& backup) {
    const std::string bytes_before = read_file(m.file);
    const auto backups_before = files_in(m.backups);
    snapshot_registry inner(m.file);
    faulty_registry reg(inner);
    try {
        restore_backup(reg, backup, m.options());
    } catch (const input_error& e) {
        CHECK(reg.writes() == 0);
        CHECK(read_file(m.file) == bytes_before);
        CHECK(files_in(m.backups) == backups_before);
        return e;
    }
    FAIL("a backup that does not verify was restored without force");
    return input_error("", 0, 0, "");
}

TEST_CASE("a backup from another machine (another key) is refused unless forced") {
    applied_machine m;
    applied_machine other;  // its own temp folder, so its own key
    REQUIRE(read_file(other.key_file()) != read_file(m.key_file()));
    const auto e = refused_unforced(m, other.backup);
    CHECK(e.line() == 3);
    CHECK(e.detail().find("hmac") != std::string::npos);

    auto forced = m.options();
    forced.force = true;
    snapshot_registry reg(m.file);
    const auto report = restore_backup(reg, other.backup, forced);
    CHECK(report.status == run_status::success);
    CHECK(read_file(m.file) == m.original_bytes);  // the same catalog values, nothing else
    const auto j = nlohmann::json::parse(read_journal_lines(journal_path(m.backups)).back());
    CHECK(j["backup_verified"] == false);
    CHECK(j["backup_check"] == "hmac_mismatch");
}

TEST_CASE("a backup whose HMAC line was removed or altered is refused unless forced") {
    applied_machine m;
    const std::string text = decode(read_file(m.backup));
    const auto line3 = text.find("\r\n; hmac-sha256: ") + 2;
    REQUIRE(line3 != std::string::npos + 2);
    const auto line3_end = text.find("\r\n", line3) + 2;
    const auto crafted = m.folder / "crafted.reg";

    SUBCASE("removed (it reads as an old backup; its SHA-256 still matches)") {
        write_file_durably(crafted, encode(text.substr(0, line3) + text.substr(line3_end)));
        CHECK(read_backup_file(crafted, m.key_file()).hash_ok);
        CHECK(read_backup_file(crafted, m.key_file()).doubt == backup_doubt::not_sealed);
        CHECK(refused_unforced(m, crafted).detail().find("no hmac-sha256 line") != std::string::npos);
    }
    SUBCASE("altered") {
        std::string altered = text;
        const auto digit = line3 + std::string("; hmac-sha256: ").size();
        altered[digit] = altered[digit] == '0' ? '1' : '0';
        write_file_durably(crafted, encode(altered));
        CHECK(read_backup_file(crafted, m.key_file()).doubt == backup_doubt::foreign_seal);
        CHECK(refused_unforced(m, crafted).line() == 3);
    }
    SUBCASE("the key was deleted: no backup verifies any more") {
        std::filesystem::copy_file(m.backup, crafted);
        std::filesystem::remove(m.key_file());
        CHECK(read_backup_file(crafted, m.key_file()).doubt == backup_doubt::no_key);
        refused_unforced(m, crafted);
    }
    auto forced = m.options();
    forced.force = true;
    snapshot_registry reg(m.file);
    CHECK(restore_backup(reg, crafted, forced).status == run_status::success);
    CHECK(read_file(m.file) == m.original_bytes);
}

TEST_CASE("the backup key is created once, 32 bytes, and reused") {
    applied_machine m;
    const std::string key = read_file(m.key_file());
    CHECK(key.size() == backup_key_size);
    CHECK(read_backup_file(m.backup, m.key_file()).doubt == backup_doubt::none);
    snapshot_registry reg(m.file);
    const auto report = restore_backup(reg, m.backup, m.options());  // writes a pre-restore backup, sealed
    REQUIRE(report.status == run_status::success);
    CHECK(read_file(m.key_file()) == key);
    CHECK(read_backup_file(report.backup, m.key_file()).doubt == backup_doubt::none);
#ifndef _WIN32
    struct stat st {};
    REQUIRE(::stat(m.key_file().c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0600);
    REQUIRE(::stat(m.key_file().parent_path().c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0700);
#endif

    SUBCASE("two runs racing to create a key end with one key") {
        temp_folder folder;
        const auto file = folder / "race" / "backup-hmac.key";
        std::string first, second;
        std::thread a([&] { first = load_or_create_backup_key(file); });
        std::thread b([&] { second = load_or_create_backup_key(file); });
        a.join();
        b.join();
        CHECK(first == second);
        CHECK(read_file(file) == first);
        CHECK(files_in(file.parent_path()).size() == 1);  // no temp file left
    }
}

TEST_CASE("a backup over the size limit is refused before it is read") {
    applied_machine m;
    const auto huge = m.folder / "huge.reg";
    {
        std::ofstream out(huge, std::ios::binary);
        out << read_file(m.backup);
        out.seekp(static_cast<std::streamoff>(max_backup_bytes));
        out.put(' ');  // one byte over: a sparse file, so the test itself stays small
    }
    REQUIRE(std::filesystem::file_size(huge) == max_backup_bytes + 1);
    const std::string bytes_before = read_file(m.file);
    snapshot_registry inner(m.file);
    faulty_registry reg(inner);
    auto opts = m.options();
    opts.force = true;
    try {
        restore_backup(reg, huge, opts);
        FAIL("a huge backup was read");
    } catch (const input_error& e) {
        CHECK(e.file() == huge.string());
        CHECK(e.detail().find("16 MiB") != std::string::npos);
    }
    CHECK(reg.writes() == 0);
    CHECK(read_file(m.file) == bytes_before);
}

TEST_CASE("partial restore: only the chosen values, matched case-insensitively") {
    applied_machine m;
    snapshot_registry reg(m.file);
    auto opts = m.options();
    opts.only = {"autoshareWKS", "RESTRICTANONYMOUS"};
    const auto report = restore_backup(reg, m.backup, opts);
    REQUIRE(report.status == run_status::success);

    CHECK(reg.find_value(lanman_key, "AutoShareWks") == reg_value::dword(1));
    CHECK(reg.find_value(lsa_key, "RestrictAnonymous") == reg_value::dword(0));
    // Not chosen: still as the apply left them.
    CHECK(reg.find_value(lanman_key, "AutoShareServer") == reg_value::dword(0));
    CHECK(reg.find_value(lsa_key, "RestrictAnonymousSAM") == reg_value::dword(1));
    CHECK_FALSE(reg.find_value(lsa_key, "RestrictRemoteSAM").has_value());

    CHECK(result_for(report, "AutoShareWks")->outcome == write_outcome::written);
    CHECK(result_for(report, "AutoShareServer")->outcome == write_outcome::unchanged);
    // The pre-restore backup holds only the two values restored.
    CHECK(read_backup_file(report.backup, m.key_file()).entries.size() == 2);
}

TEST_CASE("partial restore: a name not in the backup is an error and nothing is written") {
    applied_machine m;
    snapshot_registry inner(m.file);
    faulty_registry reg(inner);
    const auto files_before = reg_files_in(m.backups);
    auto opts = m.options();
    opts.only = {"AutoShareWks", "NoSuchValue"};
    try {
        restore_backup(reg, m.backup, opts);
        FAIL("an unknown name was accepted");
    } catch (const input_error& e) {
        CHECK(e.detail().find("NoSuchValue") != std::string::npos);
    }
    CHECK(reg.writes() == 0);
    CHECK(reg_files_in(m.backups) == files_before);
}

TEST_CASE("a restore that fails mid-way rolls back to the state before the restore") {
    for (int k = 1; k <= 6; ++k) {
        CAPTURE(k);
        applied_machine m;
        const std::string applied_bytes = read_file(m.file);
        snapshot_registry inner(m.file);
        const reg_document applied_doc = inner.document();
        faulty_registry reg(inner);
        reg.fail_at_write(k);

        const auto report = restore_backup(reg, m.backup, m.options());
        CHECK(report.status == run_status::rolled_back);
        CHECK(inner.document() == applied_doc);
        CHECK(read_file(m.file) == applied_bytes);
        int failed = 0, rolled_back = 0, not_attempted = 0;
        for (const auto& r : report.results) {
            failed += r.outcome == write_outcome::failed;
            rolled_back += r.outcome == write_outcome::rolled_back;
            not_attempted += r.outcome == write_outcome::not_attempted;
        }
        CHECK(failed == 1);
        CHECK(rolled_back == k - 1);
        CHECK(not_attempted == 6 - k);
    }
}

TEST_CASE("a missing backup file is a file_error") {
    temp_folder folder;
    snapshot_registry reg(initial_document(), "fixture.reg");
    CHECK_THROWS_AS(restore_backup(reg, folder / "nope.reg", restore_options{folder / "backups", false, {}, "", test_key_file(folder.path()), {}}),
                    file_error);
}

TEST_CASE("a malformed backup file is an input_error and nothing is written") {
    temp_folder folder;
    write_file_durably(folder / "bad.reg", encode("Windows Registry Editor Version 5.00\r\n\r\n[" + lsa_key +
                                                  "]\r\n\"RestrictAnonymous\"=dword:00000001\r\n"));
    snapshot_registry inner(initial_document(), "fixture.reg");
    faulty_registry reg(inner);
    CHECK_THROWS_AS(restore_backup(reg, folder / "bad.reg", restore_options{folder / "backups", false, {}, "", test_key_file(folder.path()), {}}),
                    input_error);
    CHECK(reg.writes() == 0);
}

TEST_CASE("restore cannot read a current value: nothing written") {
    applied_machine m;
    snapshot_registry inner(m.file);
    faulty_registry reg(inner);
    reg.fail_reads_of("NullSessionPipes");
    const auto report = restore_backup(reg, m.backup, m.options());
    CHECK(report.status == run_status::backup_failed);
    CHECK(reg.writes() == 0);
}

}  // TEST_SUITE

}  // namespace sg::test
