// The journal: one JSON object per run, appended, readable back line by line.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "support/temp_folder.h"
#include "wizard/apply.h"
#include "wizard/errors.h"
#include "wizard/journal.h"
#include "wizard/platform.h"

namespace sg::test {

namespace {

run_report sample_report() {
    run_report r;
    r.status = run_status::rollback_failed;
    r.backup = "/backups/shareguard-backup-20261125T225825Z-SQLHOST01.reg";
    r.error = "injected write failure at write 3";
    r.restart = restart_need::none;
    r.results = {
        {"RestrictAnonymous", "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa", "RestrictAnonymous",
         write_outcome::rollback_failed, "injected write failure at write 4"},
        {"AutoShareServer", "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters",
         "AutoShareServer", write_outcome::failed, "injected write failure at write 3"},
        {"", "HKEY_LOCAL_MACHINE\\SOFTWARE\\X", "", write_outcome::not_attempted, ""},
    };
    return r;
}

}  // namespace

TEST_SUITE("journal") {

TEST_CASE("journal_path is journal.jsonl in the backup folder") {
    CHECK(journal_path("/var/backups/sg") == std::filesystem::path("/var/backups/sg/journal.jsonl"));
}

TEST_CASE("each run appends one JSON object with the run and every row") {
    temp_folder folder;
    const auto file = journal_path(folder.path());
    append_journal(file, journal_record{"apply", "2026-11-25T22:58:25Z", "SQLHOST01", "live", "sql-server-host", false, "", "tester", "0.1.0-test"},
                   sample_report());
    run_report ok;
    ok.status = run_status::nothing_to_do;
    append_journal(file, journal_record{"restore", "2026-11-25T23:00:00Z", "SQLHOST01", "live", "/b/x.reg", true, "sha256_mismatch", "tester", "0.1.0-test"}, ok);

    const auto lines = read_journal_lines(file);
    REQUIRE(lines.size() == 2);
    const auto first = nlohmann::json::parse(lines[0]);
    CHECK(first["schema"] == 1);
    CHECK(first["action"] == "apply");
    CHECK(first["time"] == "2026-11-25T22:58:25Z");
    CHECK(first["machine"] == "SQLHOST01");
    CHECK(first["target"] == "live");
    CHECK(first["user"] == "tester");
    CHECK(first["tool_version"] == "0.1.0-test");
    CHECK(first["profile"] == "sql-server-host");
    CHECK(first["status"] == "rollback_failed");
    CHECK(first["backup"] == "/backups/shareguard-backup-20261125T225825Z-SQLHOST01.reg");
    CHECK(first["error"] == "injected write failure at write 3");
    CHECK(first["restart"] == "none");
    REQUIRE(first["results"].size() == 3);
    CHECK(first["results"][0]["setting"] == "RestrictAnonymous");
    CHECK(first["results"][0]["key"] == "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa");
    CHECK(first["results"][0]["value_name"] == "RestrictAnonymous");
    CHECK(first["results"][0]["outcome"] == "rollback_failed");
    CHECK(first["results"][0]["error"] == "injected write failure at write 4");
    CHECK(first["results"][1]["outcome"] == "failed");
    CHECK(first["results"][2]["outcome"] == "not_attempted");

    const auto second = nlohmann::json::parse(lines[1]);
    CHECK(second["action"] == "restore");
    CHECK(second["backup_file"] == "/b/x.reg");
    CHECK_FALSE(second.contains("profile"));
    CHECK(second["hash_mismatch_forced"] == true);
    CHECK_FALSE(first.contains("hash_mismatch_forced"));
    CHECK(second["backup_verified"] == false);
    CHECK(second["backup_check"] == "sha256_mismatch");
    CHECK_FALSE(first.contains("backup_verified"));
    CHECK(second["status"] == "nothing_to_do");
    CHECK(second["results"].empty());

    // Appending never rewrites earlier lines.
    CHECK(read_file(file).starts_with(lines[0] + "\n" + lines[1] + "\n"));
}

TEST_CASE("text that is not valid UTF-8 still gets journaled") {
    temp_folder folder;
    const auto file = journal_path(folder.path());
    auto report = sample_report();
    report.results[0].value_name = "caf\xE9";  // Windows-1252 byte from an ANSI .reg
    append_journal(file, journal_record{"apply", "t", "m", "live", "p", false, "", "tester", "0.1.0-test"}, report);
    const auto lines = read_journal_lines(file);
    REQUIRE(lines.size() == 1);
    CHECK(nlohmann::json::parse(lines[0])["results"][0]["value_name"] == "caf\xEF\xBF\xBD");
}

TEST_CASE("a missing journal has no lines; an unwritable one is a file_error") {
    temp_folder folder;
    CHECK(read_journal_lines(journal_path(folder.path())).empty());
    CHECK_THROWS_AS(append_journal(folder / "missing-folder" / "journal.jsonl",
                                   journal_record{"apply", "t", "m", "live", "p", false, "", "tester", "0.1.0-test"}, sample_report()),
                    file_error);
}

}  // TEST_SUITE

}  // namespace sg::test
