// Restoring a backup: the round trip to the original bytes, tamper refusal,
// partial restores, and the same write-verify-rollback path as apply.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "support/apply_fixture.h"
#include "support/faulty_registry.h"
#include "support/temp_folder.h"
#include "wizard/apply.h"
#include "wizard/backup.h"
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
        const auto report = apply_plan(reg, plan_for(reg, mixed_targets()), apply_options{backups, "0.1.0-test"});
        REQUIRE(report.status == run_status::success);
        REQUIRE(read_file(file) != original_bytes);
        backup = report.backup;
    }
    restore_options options() const { return restore_options{backups, false, {}, "0.1.0-test"}; }
};

std::string decode(const std::string& bytes) {
    return utf16le_bytes_to_utf8(reinterpret_cast<const std::uint8_t*>(bytes.data()) + 2, bytes.size() - 2);
}

std::string encode(const std::string& text) {
    auto units = utf8_to_utf16le_bytes(text);
    return "\xFF\xFE" + std::string(units.begin(), units.end());
}

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
        const auto pre = read_backup_file(report.backup);
        CHECK(pre.hash_ok);
        CHECK(pre.header.profile == "restore of " + m.backup.filename().string());
        CHECK(pre.entries.size() == read_backup_file(m.backup).entries.size());

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
    }
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
    CHECK_FALSE(reg.find_value(lsa_key, "LimitBlankPasswordUse").has_value());

    CHECK(result_for(report, "AutoShareWks")->outcome == write_outcome::written);
    CHECK(result_for(report, "AutoShareServer")->outcome == write_outcome::unchanged);
    // The pre-restore backup holds only the two values restored.
    CHECK(read_backup_file(report.backup).entries.size() == 2);
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
    CHECK_THROWS_AS(restore_backup(reg, folder / "nope.reg", restore_options{folder / "backups", false, {}, ""}),
                    file_error);
}

TEST_CASE("a malformed backup file is an input_error and nothing is written") {
    temp_folder folder;
    write_file_durably(folder / "bad.reg", encode("Windows Registry Editor Version 5.00\r\n\r\n[" + lsa_key +
                                                  "]\r\n\"RestrictAnonymous\"=dword:00000001\r\n"));
    snapshot_registry inner(initial_document(), "fixture.reg");
    faulty_registry reg(inner);
    CHECK_THROWS_AS(restore_backup(reg, folder / "bad.reg", restore_options{folder / "backups", false, {}, ""}),
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
