// Applying a plan: backup first, write + verify, roll back everything on any
// failure. The fault-injection cases fail every write in turn and require the
// registry to end exactly as it started.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <fstream>

#include "support/apply_fixture.h"
#include "support/faulty_registry.h"
#include "support/temp_folder.h"
#include "wizard/apply.h"
#include "wizard/backup.h"
#include "wizard/journal.h"
#include "wizard/platform.h"
#include "wizard/snapshot_registry.h"

namespace sg::test {

namespace {

constexpr int pending_rows = 6;  // mixed_targets(): six rows write, one is already right, one unticked

apply_options options_in(const temp_folder& folder) {
    return apply_options{folder / "backups", "0.1.0-test", test_key_file(folder.path())};
}

/// The index in plan.changes of each pending row, in write order.
std::vector<std::size_t> pending_indexes(const plan& p) {
    std::vector<std::size_t> out;
    for (const auto* row : p.pending()) out.push_back(static_cast<std::size_t>(row - p.changes.data()));
    return out;
}

std::vector<nlohmann::json> journal_of(const temp_folder& folder) {
    std::vector<nlohmann::json> out;
    for (const auto& line : read_journal_lines(journal_path(folder / "backups")))
        out.push_back(nlohmann::json::parse(line));
    return out;
}

/// Rows that are neither pending nor written must always say `unchanged`.
void check_untouched_rows(const plan& p, const run_report& report) {
    REQUIRE(report.results.size() == p.changes.size());
    for (std::size_t i = 0; i < p.changes.size(); ++i) {
        CHECK(report.results[i].setting_id == p.changes[i].setting_id);
        CHECK(report.results[i].value_name == p.changes[i].value_name);
        const bool pending = p.changes[i].action != change_action::none && p.changes[i].selected;
        if (!pending) CHECK(report.results[i].outcome == write_outcome::unchanged);
    }
}

}  // namespace

TEST_SUITE("apply") {

TEST_CASE("the fixture plan mixes create, change and delete over interleaved keys") {
    snapshot_registry reg(initial_document(), "fixture.reg");
    const plan p = plan_for(reg, mixed_targets());
    const auto pending = p.pending();
    REQUIRE(pending.size() == pending_rows);
    int creates = 0, changes = 0, removes = 0;
    for (const auto* row : pending) {
        creates += row->action == change_action::create;
        changes += row->action == change_action::change;
        removes += row->action == change_action::remove;
    }
    CHECK(creates == 2);
    CHECK(changes == 2);
    CHECK(removes == 2);
}

TEST_CASE("success: every pending row written and verified, backup restores the previous state") {
    temp_folder folder;
    const reg_document before = initial_document();
    snapshot_registry reg(before, "fixture.reg");
    const plan p = plan_for(reg, mixed_targets());

    const auto report = apply_plan(reg, p, options_in(folder));
    REQUIRE(report.status == run_status::success);
    CHECK(report.error.empty());
    CHECK(report.journal_error.empty());
    check_untouched_rows(p, report);
    for (auto i : pending_indexes(p)) {
        CHECK(report.results[i].outcome == write_outcome::written);
        CHECK(reg.find_value(p.changes[i].key, p.changes[i].value_name) == p.changes[i].desired);
    }
    // The unticked row was not written.
    CHECK_FALSE(reg.find_value(lanman_key, "RestrictNullSessAccess").has_value());
    CHECK(report.restart == p.strongest_restart());
    CHECK(report.restart != restart_need::none);

    SUBCASE("the backup is in the folder and holds exactly the rows that changed") {
        REQUIRE(reg_files_in(folder / "backups") == std::vector{report.backup});
        const auto backup = read_backup_file(report.backup, test_key_file(folder.path()));
        CHECK(backup.hash_ok);
        CHECK(backup.entries.size() == pending_rows);
        for (const auto& e : backup.entries) CHECK(e.value_name != "EveryoneIncludesAnonymous");
        CHECK(backup.header.profile == "sql-server-host");
        CHECK(backup.header.machine == "SQLHOST01");
        CHECK(backup.header.tool_version == "0.1.0-test");
        CHECK(backup.header.target == reg.description());
    }
    SUBCASE("importing the backup as regedit would gives back the original document") {
        CHECK(reg.document() != before);
        import_like_regedit(reg, read_reg_file(report.backup));
        CHECK(reg.document() == before);
    }
    SUBCASE("the run is journaled") {
        const auto lines = journal_of(folder);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0]["action"] == "apply");
        CHECK(lines[0]["status"] == "success");
        CHECK(lines[0]["profile"] == "sql-server-host");
        CHECK(lines[0]["backup"] == report.backup.string());
        CHECK(lines[0]["results"].size() == p.changes.size());
    }
}

TEST_CASE("the backup is on disk, complete, before the first registry write") {
    temp_folder folder;
    snapshot_registry inner(initial_document(), "fixture.reg");
    watching_registry reg(inner);
    const plan p = plan_for(reg, mixed_targets());
    bool checked = false;
    reg.before_first_write = [&] {
        const auto files = reg_files_in(folder / "backups");
        REQUIRE(files.size() == 1);
        const auto backup = read_backup_file(files[0], test_key_file(folder.path()));
        CHECK(backup.hash_ok);
        CHECK(backup.entries.size() == pending_rows);
        checked = true;
    };
    CHECK(apply_plan(reg, p, options_in(folder)).status == run_status::success);
    CHECK(checked);
}

TEST_CASE("a failure at any write k rolls everything back to the exact initial state") {
    const reg_document before = initial_document();
    for (int k = 1; k <= pending_rows; ++k) {
        CAPTURE(k);
        temp_folder folder;
        snapshot_registry inner(before, "fixture.reg");
        faulty_registry reg(inner);
        const plan p = plan_for(reg, mixed_targets());
        reg.fail_at_write(k);

        const auto report = apply_plan(reg, p, options_in(folder));
        CHECK(report.status == run_status::rolled_back);
        CHECK(inner.document() == before);
        CHECK(report.restart == restart_need::none);
        CHECK(report.error.find("injected write failure") != std::string::npos);
        check_untouched_rows(p, report);

        const auto pending = pending_indexes(p);
        for (int row = 1; row <= pending_rows; ++row) {
            CAPTURE(row);
            const auto& result = report.results[pending[static_cast<std::size_t>(row - 1)]];
            if (row < k) CHECK(result.outcome == write_outcome::rolled_back);
            if (row == k) {
                CHECK(result.outcome == write_outcome::failed);
                CHECK_FALSE(result.error.empty());
            }
            if (row > k) CHECK(result.outcome == write_outcome::not_attempted);
        }
        // The backup was written before the failure and is kept.
        CHECK(reg_files_in(folder / "backups").size() == 1);
        const auto lines = journal_of(folder);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0]["status"] == "rolled_back");
    }
}

TEST_CASE("file-backed snapshot: a failure at any write k leaves the file byte-identical") {
    for (int k = 1; k <= pending_rows; ++k) {
        CAPTURE(k);
        temp_folder folder;
        const auto file = folder / "machine.reg";
        write_file_durably(file, render_reg(initial_document()));
        const std::string bytes_before = read_file(file);

        snapshot_registry inner(file);
        const reg_document doc_before = inner.document();
        faulty_registry reg(inner);
        const plan p = plan_for(reg, mixed_targets());
        reg.fail_at_write(k);

        CHECK(apply_plan(reg, p, options_in(folder)).status == run_status::rolled_back);
        CHECK(inner.document() == doc_before);
        CHECK(read_file(file) == bytes_before);
        CHECK(snapshot_registry(file).document() == doc_before);
    }
}

TEST_CASE("file-backed snapshot: byte-identical after rollback even with a new key and middle deletions") {
    // Creating a key and deleting a value from the middle of its key reorder the
    // document when undone; the file must still come back byte for byte.
    const std::string new_key = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\ShareGuardTest";
    const std::vector<desired_value> targets = {
        {"EveryoneIncludesAnonymous", lsa_key, "EveryoneIncludesAnonymous", std::nullopt},
        {"", new_key, "Marker", reg_value::string("on")},
        {"NullSessionPipes", lanman_key, "NullSessionPipes", std::nullopt},
        {"", new_key, "", reg_value::dword(7)},
        {"RestrictAnonymous", lsa_key, "RestrictAnonymous", reg_value::dword(1)},
    };
    for (int k = 1; k <= static_cast<int>(targets.size()); ++k) {
        CAPTURE(k);
        temp_folder folder;
        const auto file = folder / "machine.reg";
        write_file_durably(file, render_reg(initial_document()));
        const std::string bytes_before = read_file(file);

        snapshot_registry inner(file);
        faulty_registry reg(inner);
        const plan p = plan_for(reg, targets);
        REQUIRE(p.pending().size() == targets.size());
        reg.fail_at_write(k);

        CHECK(apply_plan(reg, p, options_in(folder)).status == run_status::rolled_back);
        CHECK(read_file(file) == bytes_before);
        CHECK_FALSE(snapshot_registry(file).key_exists(new_key));
    }
}

TEST_CASE("file-backed snapshot: success rewrites the file with the new values") {
    temp_folder folder;
    const auto file = folder / "machine.reg";
    write_file_durably(file, render_reg(initial_document()));
    snapshot_registry reg(file);
    const plan p = plan_for(reg, mixed_targets());
    REQUIRE(apply_plan(reg, p, options_in(folder)).status == run_status::success);

    snapshot_registry reloaded(file);
    for (auto i : pending_indexes(p))
        CHECK(reloaded.find_value(p.changes[i].key, p.changes[i].value_name) == p.changes[i].desired);
}

TEST_CASE("a corrupted write is caught by verification and rolled back, at any k") {
    const reg_document before = initial_document();
    for (int k = 1; k <= pending_rows; ++k) {
        CAPTURE(k);
        temp_folder folder;
        snapshot_registry inner(before, "fixture.reg");
        faulty_registry reg(inner);
        const plan p = plan_for(reg, mixed_targets());
        reg.corrupt_write(k);

        const auto report = apply_plan(reg, p, options_in(folder));
        CHECK(report.status == run_status::rolled_back);
        CHECK(inner.document() == before);
        const auto& failed = report.results[pending_indexes(p)[static_cast<std::size_t>(k - 1)]];
        CHECK(failed.outcome == write_outcome::failed);
        CHECK(failed.error.find("verification failed") != std::string::npos);
    }
}

TEST_CASE("failures during rollback: rollback_failed, naming exactly the rows that differ") {
    const reg_document before = initial_document();
    for (int k = 1; k <= pending_rows; ++k) {
        CAPTURE(k);
        temp_folder folder;
        snapshot_registry inner(before, "fixture.reg");
        faulty_registry reg(inner);
        const plan p = plan_for(reg, mixed_targets());
        reg.fail_from_write(k);  // write k and every later write (the rollback) fail

        const auto report = apply_plan(reg, p, options_in(folder));
        CHECK(report.status == (k == 1 ? run_status::rolled_back : run_status::rollback_failed));
        const auto pending = pending_indexes(p);
        for (int row = 1; row <= pending_rows; ++row) {
            CAPTURE(row);
            const auto i = pending[static_cast<std::size_t>(row - 1)];
            const auto& result = report.results[i];
            const bool differs = inner.find_value(p.changes[i].key, p.changes[i].value_name) != p.changes[i].current;
            CHECK(differs == (result.outcome == write_outcome::rollback_failed));
            if (row < k) {
                CHECK(result.outcome == write_outcome::rollback_failed);
                CHECK_FALSE(result.error.empty());
            }
            if (row == k) CHECK(result.outcome == write_outcome::failed);
            if (row > k) CHECK(result.outcome == write_outcome::not_attempted);
        }
        const auto lines = journal_of(folder);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0]["status"] == (k == 1 ? "rolled_back" : "rollback_failed"));
    }
}

TEST_CASE("a write that half-happened then failed verification is restored too") {
    // corrupt_write leaves a wrong value behind: the failed row itself must be put back.
    temp_folder folder;
    const reg_document before = initial_document();
    snapshot_registry inner(before, "fixture.reg");
    faulty_registry reg(inner);
    const plan p = plan_for(reg, mixed_targets());
    reg.corrupt_write(1);  // RestrictAnonymous gets a 5-byte "DWORD"
    CHECK(apply_plan(reg, p, options_in(folder)).status == run_status::rolled_back);
    CHECK(inner.find_value(lsa_key, "RestrictAnonymous") == reg_value::dword(0));
    CHECK(inner.document() == before);
}

TEST_CASE("writes that take effect and still throw are undone, and count as undone") {
    temp_folder folder;
    const reg_document before = initial_document();
    snapshot_registry inner(before, "fixture.reg");
    faulty_registry faulty(inner);
    watching_registry reg(faulty);
    const plan p = plan_for(reg, mixed_targets());
    const auto pending = pending_indexes(p);

    SUBCASE("the failing write itself changed the value") {
        reg.throw_after_write = 2;
        const auto report = apply_plan(reg, p, options_in(folder));
        CHECK(report.status == run_status::rolled_back);
        CHECK(report.results[pending[1]].outcome == write_outcome::failed);
        CHECK(report.results[pending[0]].outcome == write_outcome::rolled_back);
    }
    SUBCASE("a rollback write changed the value, then threw") {
        faulty.fail_at_write(3);
        reg.throw_after_write = 4;  // the first rollback write: row 2 back to absent
        const auto report = apply_plan(reg, p, options_in(folder));
        CHECK(report.status == run_status::rolled_back);
        CHECK(report.results[pending[1]].outcome == write_outcome::rolled_back);
    }
    CHECK(inner.document() == before);
}

TEST_CASE("a read failure during the stale check writes nothing, not even a backup") {
    temp_folder folder;
    const reg_document before = initial_document();
    snapshot_registry inner(before, "fixture.reg");
    faulty_registry reg(inner);
    const plan p = plan_for(reg, mixed_targets());
    reg.fail_reads_of("AutoShareWks");

    const auto report = apply_plan(reg, p, options_in(folder));
    CHECK(report.status == run_status::stale_plan);
    CHECK(report.error.find("injected read failure") != std::string::npos);
    CHECK(reg.writes() == 0);
    CHECK(inner.document() == before);
    CHECK(reg_files_in(folder / "backups").empty());
    for (auto i : pending_indexes(p)) CHECK(report.results[i].outcome == write_outcome::not_attempted);
    const auto lines = journal_of(folder);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0]["status"] == "stale_plan");
}

TEST_CASE("a stale plan is refused: nothing written, no backup") {
    temp_folder folder;
    snapshot_registry inner(initial_document(), "fixture.reg");
    faulty_registry reg(inner);
    const plan p = plan_for(reg, mixed_targets());

    SUBCASE("a value changed since the preview") { inner.set_value(lanman_key, "NullSessionPipes", reg_value::multi_string({"x"})); }
    SUBCASE("a value appeared since the preview") { inner.set_value(lanman_key, "AutoShareServer", reg_value::dword(1)); }
    SUBCASE("a value disappeared since the preview") { inner.delete_value(lsa_key, "RestrictRemoteSAM"); }
    SUBCASE("a value changed type, same bytes") {
        inner.set_value(lsa_key, "RestrictAnonymous", reg_value{reg_type::binary, {0, 0, 0, 0}});
    }
    const reg_document modified = inner.document();

    const auto report = apply_plan(reg, p, options_in(folder));
    CHECK(report.status == run_status::stale_plan);
    CHECK(reg.writes() == 0);
    CHECK(inner.document() == modified);
    CHECK(reg_files_in(folder / "backups").empty());
    int stale_rows = 0;
    for (auto i : pending_indexes(p)) stale_rows += !report.results[i].error.empty();
    CHECK(stale_rows == 1);
}

TEST_CASE("a row that was unreadable at preview time makes the plan stale") {
    temp_folder folder;
    snapshot_registry reg(initial_document(), "fixture.reg");
    plan p = plan_for(reg, mixed_targets());
    p.changes[0].current_status = value_status::unreadable;
    p.changes[0].current.reset();
    CHECK(apply_plan(reg, p, options_in(folder)).status == run_status::stale_plan);
    CHECK(reg.document() == initial_document());
}

TEST_CASE("the backup cannot be written: backup_failed and no registry write at all") {
    temp_folder folder;
    const reg_document before = initial_document();
    snapshot_registry inner(before, "fixture.reg");
    faulty_registry reg(inner);
    const plan p = plan_for(reg, mixed_targets());
    std::ofstream(folder / "a-file") << "not a folder";

    apply_options opts{folder / "a-file", "0.1.0-test", test_key_file(folder.path())};
    SUBCASE("the folder is a file") {}
    SUBCASE("the folder would be inside a file") { opts.backup_folder = folder / "a-file" / "backups"; }

    const auto report = apply_plan(reg, p, opts);
    CHECK(report.status == run_status::backup_failed);
    CHECK_FALSE(report.error.empty());
    CHECK(report.backup.empty());
    CHECK(reg.writes() == 0);
    CHECK(inner.document() == before);
    for (auto i : pending_indexes(p)) CHECK(report.results[i].outcome == write_outcome::not_attempted);
    // The journal lives in the same folder, so it could not be written either; the report says so.
    CHECK_FALSE(report.journal_error.empty());
}

TEST_CASE("applying the same profile twice writes nothing the second time") {
    temp_folder folder;
    snapshot_registry inner(initial_document(), "fixture.reg");
    faulty_registry reg(inner);
    REQUIRE(apply_plan(reg, plan_for(reg, mixed_targets()), options_in(folder)).status == run_status::success);
    const int writes_after_first = reg.writes();
    const reg_document after_first = inner.document();

    const plan second = plan_for(reg, mixed_targets());
    CHECK(second.pending().empty());
    const auto report = apply_plan(reg, second, options_in(folder));
    CHECK(report.status == run_status::nothing_to_do);
    CHECK(report.backup.empty());
    CHECK(report.restart == restart_need::none);
    CHECK(reg.writes() == writes_after_first);
    CHECK(inner.document() == after_first);
    CHECK(reg_files_in(folder / "backups").size() == 1);
    for (const auto& r : report.results) CHECK(r.outcome == write_outcome::unchanged);

    const auto lines = journal_of(folder);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1]["status"] == "nothing_to_do");
}

TEST_CASE("a failed commit undoes the writes and commits again") {
    temp_folder folder;
    const reg_document before = initial_document();
    snapshot_registry inner(before, "fixture.reg");
    watching_registry reg(inner);
    reg.failing_commits = 1;
    const plan p = plan_for(reg, mixed_targets());

    const auto report = apply_plan(reg, p, options_in(folder));
    CHECK(report.status == run_status::rolled_back);
    CHECK(report.error.find("injected commit failure") != std::string::npos);
    CHECK(reg.commits == 2);
    CHECK(inner.document() == before);
    CHECK(report.restart == restart_need::none);
    for (auto i : pending_indexes(p)) CHECK(report.results[i].outcome == write_outcome::rolled_back);

    SUBCASE("and when the second commit fails too, the run says the rollback is not certain") {
        snapshot_registry inner2(before, "fixture.reg");
        watching_registry reg2(inner2);
        reg2.failing_commits = 2;
        const auto report2 = apply_plan(reg2, plan_for(reg2, mixed_targets()), options_in(folder));
        CHECK(report2.status == run_status::rollback_failed);
        CHECK(inner2.document() == before);
    }
}

TEST_CASE("commit is called after a rolled-back run as well") {
    temp_folder folder;
    snapshot_registry inner(initial_document(), "fixture.reg");
    faulty_registry faulty(inner);
    watching_registry reg(faulty);
    const plan p = plan_for(reg, mixed_targets());
    faulty.fail_at_write(3);
    CHECK(apply_plan(reg, p, options_in(folder)).status == run_status::rolled_back);
    CHECK(reg.commits == 1);
}

TEST_CASE("rollback undoes the written rows in reverse order") {
    temp_folder folder;
    snapshot_registry inner(initial_document(), "fixture.reg");
    faulty_registry faulty(inner);
    watching_registry reg(faulty);
    const plan p = plan_for(reg, mixed_targets());
    faulty.fail_at_write(pending_rows);
    REQUIRE(apply_plan(reg, p, options_in(folder)).status == run_status::rolled_back);

    std::vector<std::string> expected;
    for (const auto* row : p.pending()) expected.push_back(row->value_name);  // the writes, the last one failing
    // The failed write changed nothing, so its restore needs no write; then the others, last first.
    for (auto i = pending_rows - 1; i-- > 0;) expected.push_back(expected[static_cast<std::size_t>(i)]);
    CHECK(reg.write_log == expected);
}

TEST_CASE("a failed commit after a rollback is retried once") {
    temp_folder folder;
    const reg_document before = initial_document();
    snapshot_registry inner(before, "fixture.reg");
    faulty_registry faulty(inner);
    watching_registry reg(faulty);
    const plan p = plan_for(reg, mixed_targets());
    faulty.fail_at_write(3);

    SUBCASE("the retry works") {
        reg.failing_commits = 1;
        CHECK(apply_plan(reg, p, options_in(folder)).status == run_status::rolled_back);
        CHECK(reg.commits == 2);
    }
    SUBCASE("the retry fails too: the undo may not be durable") {
        reg.failing_commits = 2;
        const auto report = apply_plan(reg, p, options_in(folder));
        CHECK(report.status == run_status::rollback_failed);
        CHECK(report.error.find("commit after rollback") != std::string::npos);
        CHECK(reg.commits == 2);
    }
    CHECK(inner.document() == before);
}

TEST_CASE("restart need: the strongest among rows actually written") {
    temp_folder folder;
    snapshot_registry reg(initial_document(), "fixture.reg");
    auto targets = mixed_targets();
    // Only RestrictAnonymous (no restart) and AutoShareServer (Server service) write.
    targets.erase(targets.begin() + 2, targets.end());
    const plan p = plan_for(reg, targets);
    const auto report = apply_plan(reg, p, options_in(folder));
    REQUIRE(report.status == run_status::success);
    CHECK(report.restart == restart_need::server_service);
}

TEST_CASE("journal records carry every row of a failed run") {
    temp_folder folder;
    snapshot_registry inner(initial_document(), "fixture.reg");
    faulty_registry reg(inner);
    const plan p = plan_for(reg, mixed_targets());
    reg.fail_at_write(4);
    const auto report = apply_plan(reg, p, options_in(folder));
    REQUIRE(report.status == run_status::rolled_back);

    const auto lines = journal_of(folder);
    REQUIRE(lines.size() == 1);
    const auto& j = lines[0];
    CHECK(j["schema"] == 1);
    CHECK(j["machine"] == "SQLHOST01");
    CHECK(j["target"] == reg.description());
    CHECK_FALSE(j["time"].get<std::string>().empty());
    REQUIRE(j["results"].size() == p.changes.size());
    const auto pending = pending_indexes(p);
    CHECK(j["results"][pending[3]]["outcome"] == "failed");
    CHECK(j["results"][pending[3]]["setting"] == p.changes[pending[3]].setting_id);
    CHECK(j["results"][pending[3]]["key"] == p.changes[pending[3]].key);
    CHECK(j["results"][pending[3]]["value_name"] == p.changes[pending[3]].value_name);
    CHECK_FALSE(j["results"][pending[3]]["error"].get<std::string>().empty());
    CHECK(j["results"][pending[0]]["outcome"] == "rolled_back");
    CHECK(j["results"][pending[5]]["outcome"] == "not_attempted");
}

}  // TEST_SUITE

}  // namespace sg::test
