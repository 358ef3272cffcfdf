// shareguard-cli, in-process: every subcommand and exit code, the bad inputs
// (each leaves the snapshot byte for byte unchanged), --json documents, and a
// walk per demo snapshot: scan, recommend, plan, apply, apply again, check,
// restore, and the file is back to its original bytes.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/cli.h"
#include "app/cli/exit_codes.h"
#include "support/faulty_registry.h"
#include "support/temp_folder.h"
#include "support/test_paths.h"
#include "wizard/backup.h"
#include "wizard/catalog.h"
#include "wizard/apply.h"
#include "wizard/errors.h"
#include "wizard/plan_export.h"
#include "wizard/platform.h"
#include "wizard/profile.h"
#include "wizard/recommendation.h"
#include "wizard/reg_file.h"
#include "wizard/snapshot_registry.h"

#ifdef _WIN32
#include <windows.h>

#include <aclapi.h>
#else
#include <sys/stat.h>
#endif

namespace sg::test {

namespace {

using json = nlohmann::json;
using cli::exit_code;
namespace fs = std::filesystem;

struct cli_result {
    int code = -1;
    std::string out;
    std::string err;
    json document() const { return json::parse(out); }
};

/// A snapshot behind a faulty_registry, owned together (the holder is built first).
struct snapshot_holder {
    std::unique_ptr<snapshot_registry> snapshot;
};
class faulty_snapshot : private snapshot_holder, public faulty_registry {
public:
    explicit faulty_snapshot(const fs::path& file)
        : snapshot_holder{std::make_unique<snapshot_registry>(file)}, faulty_registry(*snapshot) {}
};

/// The CLI in a temp folder: backups there, no live registry unless a test
/// supplies one, elevation and the event log under the test's control.
struct cli_fixture {
    temp_folder folder;
    bool elevated = true;
    /// Opened when a command runs without --snapshot (the "live" registry).
    std::optional<fs::path> live_file;
    /// Replaces the registry opener entirely (fault injection).
    std::function<std::unique_ptr<registry>(const std::optional<fs::path>&)> opener;
    /// What the "running Windows" tells a scan of the live registry.
    live_facts facts;
    std::vector<std::string> events;   ///< "apply <profile>" / "restore <file>"
    int opened = 0;

    fs::path backups() const { return folder / "backups"; }

    fs::path copy_snapshot(const std::string& name) {
        auto target = folder / name;
        fs::copy_file(snapshots_dir() / name, target, fs::copy_options::overwrite_existing);
        return target;
    }

    fs::path write(const std::string& name, const std::string& bytes) {
        auto file = folder / name;
        write_file_durably(file, bytes);
        return file;
    }

    cli::cli_environment environment() {
        cli::cli_environment env;
        env.open_registry = [this](const std::optional<fs::path>& snapshot) -> std::unique_ptr<registry> {
            ++opened;
            if (opener) return opener(snapshot);
            if (snapshot) return std::make_unique<snapshot_registry>(*snapshot);
            if (live_file) return std::make_unique<snapshot_registry>(*live_file);
            throw cli::usage_error("no live registry in tests");
        };
        env.probe_live_facts = [this] { return facts; };
        env.is_elevated = [this] { return elevated; };
        env.now_utc = [] { return std::string("2026-11-25T23:00:00Z"); };
        env.default_backup_folder = [this] { return backups(); };
        env.key_file = [this] { return folder / "state" / "backup-hmac.key"; };
        env.report_event = [this](const cli::run_event& e) {
            events.push_back(e.action + " " + e.subject);
            return std::string();
        };
        return env;
    }

    cli_result run(std::vector<std::string> args) {
        args.insert(args.begin(), "shareguard-cli");
        std::vector<const char*> argv;
        for (const auto& a : args) argv.push_back(a.c_str());
        std::ostringstream out;
        std::ostringstream err;
        auto env = environment();
        cli_result r;
        r.code = cli::run_cli(static_cast<int>(argv.size()), argv.data(), out, err, env);
        r.out = out.str();
        r.err = err.str();
        return r;
    }
};

int code(exit_code c) { return cli::to_int(c); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

/// A JSON result: the whole stdout is one document of this kind with this exit code.
void check_document(const cli_result& r, const std::string& kind) {
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    json doc;
    REQUIRE_NOTHROW(doc = r.document());
    CHECK(doc["schema"] == "shareguard/1");
    CHECK(doc["kind"] == kind);
    CHECK(doc["exit_code"] == r.code);
}

const char* const bad_syntax_profile =
    "{\n  \"schema\": \"shareguard-profile/1\",\n  \"name\": oops\n}\n";

}  // namespace

TEST_SUITE("cli") {

TEST_CASE("--help lists the subcommands and the exit codes; --version prints the version") {
    cli_fixture f;
    auto help = f.run({"--help"});
    CHECK(help.code == 0);
    for (const char* word : {"scan", "recommend", "plan", "apply", "restore", "check", "profiles", "Exit codes:"})
        CHECK_MESSAGE(contains(help.out, word), word);

    auto apply_help = f.run({"apply", "--help"});
    CHECK(apply_help.code == 0);
    CHECK(contains(apply_help.out, "--yes"));
    CHECK(contains(apply_help.out, "--backup-dir"));
    CHECK(contains(apply_help.out, "7  needs elevation"));

    auto version = f.run({"--version"});
    CHECK(version.code == 0);
    CHECK(contains(version.out, SHAREGUARD_VERSION));
}

TEST_CASE("command-line errors are exit code 2, CLI11's own codes overridden") {
    cli_fixture f;
    auto file = f.copy_snapshot("sql-server.reg");
    const auto original = read_file(file);

    CHECK(f.run({}).code == 2);
    CHECK(f.run({"frobnicate"}).code == 2);
    CHECK(f.run({"scan", "--no-such-option"}).code == 2);
    CHECK(f.run({"restore", "--snapshot", file.string()}).code == 2);  // --backup is required
    CHECK(f.run({"profiles"}).code == 2);

    SUBCASE("conflicting selections") {
        auto r = f.run({"plan", "--snapshot", file.string(), "--strategy", "block", "--profile", "workstation"});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "excludes"));
        CHECK(f.run({"apply", "--snapshot", file.string(), "--recommended", "--strategy", "block", "--yes"}).code == 2);
        CHECK(f.run({"check", "--snapshot", file.string(), "--profile", "workstation", "--answer", "dfs=yes"}).code ==
              2);
    }
    SUBCASE("bad values") {
        CHECK(f.run({"plan", "--snapshot", file.string(), "--strategy", "harden"}).code == 2);
        auto bad_answer = f.run({"recommend", "--snapshot", file.string(), "--answer", "sql_named_pipes"});
        CHECK(bad_answer.code == 2);
        CHECK(contains(bad_answer.err, "expected ID=yes or ID=no"));
        auto unknown = f.run({"recommend", "--snapshot", file.string(), "--answer", "nonsense=yes"});
        CHECK(unknown.code == 2);
        CHECK(contains(unknown.err, "unknown question \"nonsense\""));
    }
    SUBCASE("a parse error with --json still gives one JSON error document") {
        auto r = f.run({"scan", "--json", "--bogus"});
        CHECK(r.code == 2);
        check_document(r, "error");
        CHECK(r.document()["code"] == 2);
    }
    CHECK(read_file(file) == original);
}

TEST_CASE("scan: text and JSON; diagnostics never on stdout with --json") {
    cli_fixture f;
    auto file = f.copy_snapshot("sql-server.reg");
    auto text = f.run({"scan", "--snapshot", file.string()});
    CHECK(text.code == 0);
    CHECK(contains(text.out, "SQLPROD01"));
    CHECK(contains(text.out, "SQLEXPRESS"));

    auto r = f.run({"scan", "--snapshot", file.string(), "--json"});
    CHECK(r.code == 0);
    check_document(r, "scan");
    auto doc = r.document();
    CHECK(doc["machine"] == "SQLPROD01");
    CHECK(doc["product"] == "server");
    CHECK_FALSE(doc["sql_instances"].empty());
    CHECK(doc["settings"].size() == catalog().size());
    CHECK(r.err.empty());
}

TEST_CASE("recommend: detection's answers, --answer overrides, a reason for every value") {
    cli_fixture f;
    auto file = f.copy_snapshot("sql-server.reg");
    auto r = f.run({"recommend", "--snapshot", file.string(), "--json"});
    CHECK(r.code == 0);
    check_document(r, "recommendation");
    auto doc = r.document();
    CHECK(doc["profile"]["strategy"] == "restrict");
    for (const auto& t : doc["profile"]["targets"]) CHECK_FALSE(t["reason"]["code"].get<std::string>().empty());
    bool pipes_yes = false;
    for (const auto& a : doc["answers"])
        if (a["question"] == "sql_named_pipes") pipes_yes = a["answer"].get<bool>();
    CHECK(pipes_yes);

    auto overridden = f.run({"recommend", "--snapshot", file.string(), "--answer", "sql_named_pipes=no", "--json"});
    CHECK(overridden.code == 0);
    const auto overridden_doc = overridden.document();  // a named document: the loop borrows from it
    for (const auto& a : overridden_doc["answers"])
        if (a["question"] == "sql_named_pipes") CHECK(a["answer"] == false);

    auto text = f.run({"recommend", "--snapshot", file.string(), "--strategy", "block"});
    CHECK(text.code == 0);
    CHECK(contains(text.out, "Block"));
}

TEST_CASE("plan: recommendation by default, or a strategy, a built-in profile or a file") {
    cli_fixture f;
    auto file = f.copy_snapshot("plain-server.reg");
    const auto original = read_file(file);

    auto rec = f.run({"plan", "--snapshot", file.string(), "--json"});
    CHECK(rec.code == 0);
    check_document(rec, "plan");
    CHECK(rec.document()["strategy"] == "block");

    auto forced = f.run({"plan", "--snapshot", file.string(), "--strategy", "restrict", "--json"});
    CHECK(forced.document()["strategy"] == "restrict");

    auto builtin = f.run({"plan", "--snapshot", file.string(), "--profile", "sql-server-host", "--json"});
    CHECK(builtin.code == 0);
    CHECK(builtin.document()["profile"] == "sql-server-host");

    auto from_file = f.run({"plan", "--snapshot", file.string(), "--profile",
                            (resources_dir() / "profiles" / "example-sql-host.json").string()});
    CHECK(from_file.code == 0);
    CHECK(contains(from_file.out, "example-sql-host"));

    auto text = f.run({"plan", "--snapshot", file.string(), "--recommended"});
    CHECK(text.code == 0);
    CHECK(contains(text.out, "AutoShareServer"));
    CHECK(read_file(file) == original);
}

TEST_CASE("plan --export-reg: the bytes the wizard saves, for the plan shown; a failed write changes nothing") {
    cli_fixture f;
    auto file = f.copy_snapshot("plain-server.reg");
    const auto original = read_file(file);
    const auto exported = f.folder / "changes.reg";

    // What "Save as .reg…" writes for the same plan (every row ticked).
    auto expected_bytes = [&](const std::string& snapshot_bytes) {
        snapshot_registry reg(parse_reg(snapshot_bytes, "plain-server.reg"), "plain-server.reg");
        const scan_result scanned = scan(reg);
        return render_reg(plan_to_reg(make_plan(scanned, *try_builtin_profile("sql-server-host"))));
    };

    SUBCASE("JSON: the plan document, and where the file went") {
        write_file_durably(exported, "stale");  // an older export is replaced
        auto r = f.run({"plan", "--snapshot", file.string(), "--profile", "sql-server-host", "--json", "--export-reg",
                        exported.string()});
        CHECK(r.code == 0);
        check_document(r, "plan");
        const auto doc = r.document();
        CHECK(doc["exported_reg"] == fs::absolute(exported).string());
        REQUIRE(fs::exists(exported));
        CHECK(read_file(exported) == expected_bytes(original));
        const reg_document written = read_reg_file(exported);
        std::size_t values = 0;
        for (const auto& k : written.keys) values += k.values.size();
        CHECK(values == doc["pending"].get<std::size_t>());
        CHECK(r.err.empty());
    }
    SUBCASE("text: the plan, then the file and how many changes it holds") {
        auto r = f.run({"plan", "--snapshot", file.string(), "--profile", "sql-server-host", "--export-reg",
                        exported.string()});
        CHECK(r.code == 0);
        CHECK(contains(r.out, "AutoShareServer"));
        CHECK(contains(r.out, exported.string()));
        CHECK(contains(r.out, "pending changes are in"));
        CHECK(read_file(exported) == expected_bytes(original));
    }
    SUBCASE("nothing pending: a valid file that changes nothing, exit 0") {
        auto applied = f.copy_snapshot("file-print-server.reg");  // apply rewrites this one, not `file`
        const int apply_code = f.run({"apply", "--snapshot", applied.string(), "--profile", "sql-server-host", "--yes"}).code;
        REQUIRE((apply_code == code(exit_code::success) || apply_code == code(exit_code::restart_pending)));
        auto r = f.run({"plan", "--snapshot", applied.string(), "--profile", "sql-server-host", "--export-reg",
                        exported.string()});
        CHECK(r.code == 0);
        CHECK(contains(r.out, "Nothing is pending"));
        CHECK(read_reg_file(exported).keys.empty());
    }
    SUBCASE("a folder that does not exist: exit 2, the file named, one JSON error document") {
        const auto missing = f.folder / "no-such-folder" / "changes.reg";
        auto r = f.run({"plan", "--snapshot", file.string(), "--json", "--export-reg", missing.string()});
        CHECK(r.code == 2);
        check_document(r, "error");
        CHECK(r.document()["file"] == fs::absolute(missing).string());
        CHECK(contains(r.err, missing.string()));
        CHECK_FALSE(fs::exists(missing.parent_path()));
    }
    SUBCASE("the snapshot itself, or the profile file: refused, nothing written") {
        auto r = f.run({"plan", "--snapshot", file.string(), "--export-reg", file.string()});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "read from"));
        auto profile_file = f.write("mine.json", read_file(resources_dir() / "profiles" / "example-sql-host.json"));
        const auto profile_bytes = read_file(profile_file);
        auto p = f.run({"plan", "--snapshot", file.string(), "--profile", profile_file.string(), "--export-reg",
                        profile_file.string()});
        CHECK(p.code == 2);
        CHECK(read_file(profile_file) == profile_bytes);
    }
    SUBCASE("rows that break a proven role are exported, with a warning on stderr") {
        auto dc = f.copy_snapshot("domain-controller.reg");
        auto profile = f.write("empty-pipes.json", R"({"schema":"shareguard-profile/1","name":"empty-pipes",
            "strategy":"restrict","settings":{"NullSessionPipes":{"value":[]}}})");
        auto r = f.run({"plan", "--snapshot", dc.string(), "--profile", profile.string(), "--json", "--export-reg",
                        exported.string()});
        CHECK(r.code == 0);
        CHECK(contains(r.err, "NullSessionPipes"));
        CHECK(contains(r.err, "--force"));
        CHECK(fs::exists(exported));
    }
    CHECK(read_file(file) == original);
}

TEST_CASE("bad input: clear message, exit 2, the snapshot unchanged") {
    cli_fixture f;
    auto file = f.copy_snapshot("sql-server.reg");
    const auto original = read_file(file);

    SUBCASE("an unknown profile name") {
        auto r = f.run({"apply", "--snapshot", file.string(), "--profile", "no-such-profile", "--yes"});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "no-such-profile"));
        CHECK(contains(r.err, "sql-server-host"));  // the built-in names are listed
    }
    SUBCASE("malformed profile JSON: file, line, column") {
        auto profile = f.write("bad.json", bad_syntax_profile);
        auto r = f.run({"apply", "--snapshot", file.string(), "--profile", profile.string(), "--yes"});
        CHECK(r.code == 2);
        CHECK(contains(r.err, profile.string() + ":3:11:"));
        auto j = f.run({"apply", "--snapshot", file.string(), "--profile", profile.string(), "--yes", "--json"});
        CHECK(j.code == 2);
        check_document(j, "error");
        auto doc = j.document();
        CHECK(doc["file"] == profile.string());
        CHECK(doc["line"] == 3);
        CHECK(doc["column"] == 11);
    }
    SUBCASE("a profile with an unknown setting") {
        auto profile = f.write("unknown.json", R"({"schema":"shareguard-profile/1","name":"u","strategy":"restrict",
            "settings":{"Foo":{"value":1}}})");
        auto r = f.run({"apply", "--snapshot", file.string(), "--profile", profile.string(), "--yes"});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "settings.Foo: unknown setting"));
    }
    SUBCASE("a profile with an out-of-range value") {
        auto profile = f.write("range.json", R"({"schema":"shareguard-profile/1","name":"r","strategy":"restrict",
            "settings":{"RestrictAnonymous":{"value":3}}})");
        auto r = f.run({"apply", "--snapshot", file.string(), "--profile", profile.string(), "--yes"});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "settings.RestrictAnonymous.value: 3 is not allowed (allowed: 0, 1, 2)"));
    }
    SUBCASE("a missing snapshot") {
        auto r = f.run({"apply", "--snapshot", (f.folder / "missing.reg").string(), "--yes"});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "missing.reg"));
    }
    SUBCASE("a malformed snapshot") {
        auto broken = f.write("broken.reg", "Windows Registry Editor Version 5.00\r\n\r\n\"orphan\"=dword:1\r\n");
        const auto broken_bytes = read_file(broken);
        auto r = f.run({"apply", "--snapshot", broken.string(), "--yes", "--json"});
        CHECK(r.code == 2);
        check_document(r, "error");
        CHECK(r.document()["file"] == broken.string());
        CHECK(r.document()["line"] == 3);
        CHECK(read_file(broken) == broken_bytes);
    }
    SUBCASE("apply without --yes shows the plan and writes nothing") {
        auto r = f.run({"apply", "--snapshot", file.string()});
        CHECK(r.code == 2);
        CHECK(contains(r.out, "RestrictAnonymous"));
        CHECK(contains(r.err, "--yes"));
        auto j = f.run({"apply", "--snapshot", file.string(), "--json"});
        CHECK(j.code == 2);
        check_document(j, "error");
        CHECK(j.document()["plan"]["kind"] == "plan");
        CHECK_FALSE(fs::exists(f.backups()));
    }
    SUBCASE("a missing backup") {
        auto r = f.run({"restore", "--snapshot", file.string(), "--backup", (f.folder / "nope.reg").string(), "--yes"});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "nope.reg"));
    }
    CHECK(read_file(file) == original);
}

TEST_CASE("apply: 0 or 3 when written, 4 when nothing to do; a backup; check agrees") {
    cli_fixture f;
    auto file = f.copy_snapshot("plain-server.reg");

    // Block on a server: AutoShareServer needs (at least) a Server service restart -> 3.
    auto first = f.run({"apply", "--snapshot", file.string(), "--strategy", "block", "--yes", "--json"});
    CHECK(first.code == code(exit_code::restart_pending));
    check_document(first, "apply");
    auto doc = first.document();
    CHECK(doc["status"] == "success");
    CHECK(doc["restart"] != "none");
    REQUIRE(doc["backup"].is_string());
    CHECK(fs::exists(doc["backup"].get<std::string>()));
    CHECK(doc["profile"] == "recommended");
    CHECK(doc["journal_error"] == "");
    CHECK(fs::exists(journal_path(f.backups())));  // the engine's audit trail
    const auto& warnings = doc["warnings"];
    CHECK(std::find(warnings.begin(), warnings.end(), "ipc_stays") != warnings.end());
    CHECK(f.events.empty());  // a snapshot is not this machine: no Event Log entry

    auto again = f.run({"apply", "--snapshot", file.string(), "--strategy", "block", "--yes"});
    CHECK(again.code == code(exit_code::nothing_to_do));

    auto check = f.run({"check", "--snapshot", file.string(), "--strategy", "block"});
    CHECK(check.code == 0);
    CHECK(contains(check.out, "Compliant"));
}

TEST_CASE("check: exit 5 when not compliant, nothing changed") {
    cli_fixture f;
    auto file = f.copy_snapshot("sql-server.reg");
    const auto original = read_file(file);
    auto r = f.run({"check", "--snapshot", file.string(), "--json"});
    CHECK(r.code == code(exit_code::not_compliant));
    check_document(r, "check");
    auto doc = r.document();
    CHECK(doc["compliant"] == false);
    bool anon_reported = false;
    for (const auto& s : doc["settings"])
        if (s["setting"] == "RestrictAnonymous") anon_reported = s["compliant"] == false;
    CHECK(anon_reported);  // 0 on the SQL host, 1 wanted

    auto text = f.run({"check", "--snapshot", file.string(), "--profile", "sql-server-host"});
    CHECK(text.code == 5);
    CHECK(contains(text.out, "NOT compliant  RestrictAnonymous"));
    CHECK(read_file(file) == original);
}

TEST_CASE("help-desk mode: apply --recommended prints a short summary") {
    cli_fixture f;
    auto file = f.copy_snapshot("workstation-win11.reg");
    auto r = f.run({"apply", "--snapshot", file.string(), "--recommended", "--yes"});
    CHECK((r.code == 0 || r.code == 3));
    CHECK(contains(r.out, "WS-FIN-042"));
    CHECK(contains(r.out, "Strategy: Block"));
    CHECK(contains(r.out, "Backup: "));
}

TEST_CASE("restore: tampered backups are refused unless forced; --only restores a subset") {
    cli_fixture f;
    auto file = f.copy_snapshot("sql-server.reg");
    const auto original = read_file(file);
    auto applied = f.run({"apply", "--snapshot", file.string(), "--yes", "--json"});
    REQUIRE((applied.code == 0 || applied.code == 3));
    const fs::path backup = applied.document()["backup"].get<std::string>();
    const auto after_apply = read_file(file);

    SUBCASE("without --yes: a list, exit 2, nothing written") {
        auto r = f.run({"restore", "--snapshot", file.string(), "--backup", backup.string()});
        CHECK(r.code == 2);
        CHECK(contains(r.out, "RestrictAnonymous"));
        CHECK(read_file(file) == after_apply);
    }
    SUBCASE("tampered") {
        auto bytes = read_file(backup);
        // Change one UTF-16 code unit in the body (after the header) without breaking the syntax.
        auto pos = bytes.rfind(std::string("d\0w\0o\0r\0d\0:\0", 12));
        REQUIRE(pos != std::string::npos);
        auto digit = pos + 12 + 14;  // the last hex digit of the DWORD
        bytes[digit] = bytes[digit] == '1' ? '2' : '1';
        auto tampered = f.write("tampered.reg", bytes);
        auto refused = f.run({"restore", "--snapshot", file.string(), "--backup", tampered.string(), "--yes"});
        CHECK(refused.code == 2);
        CHECK(contains(refused.err, "SHA-256"));
        CHECK(read_file(file) == after_apply);

        auto forced = f.run({"restore", "--snapshot", file.string(), "--backup", tampered.string(), "--yes", "--force"});
        CHECK((forced.code == 0 || forced.code == 3));
        CHECK(contains(forced.err, "--force"));
    }
    SUBCASE("--only a value that is not in the backup") {
        auto r = f.run({"restore", "--snapshot", file.string(), "--backup", backup.string(), "--only", "Bogus", "--yes"});
        CHECK(r.code == 2);
        CHECK(read_file(file) == after_apply);
    }
    SUBCASE("--only RestrictAnonymous") {
        auto r = f.run({"restore", "--snapshot", file.string(), "--backup", backup.string(), "--only",
                        "RestrictAnonymous", "--yes", "--json"});
        CHECK(r.code == 0);
        check_document(r, "restore");
        snapshot_registry reg(file);
        CHECK(reg.find_value("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa", "RestrictAnonymous") ==
              reg_value::dword(0));
    }
    SUBCASE("everything: the original bytes") {
        auto r = f.run({"restore", "--snapshot", file.string(), "--backup", backup.string(), "--yes"});
        CHECK((r.code == 0 || r.code == 3));
        CHECK(read_file(file) == original);
    }
}

TEST_CASE("elevation: apply and restore on the live registry need it (exit 7, nothing opened)") {
    cli_fixture f;
    f.elevated = false;
    f.live_file = f.copy_snapshot("sql-server.reg");
    const auto original = read_file(*f.live_file);

    auto apply = f.run({"apply", "--yes"});
    CHECK(apply.code == code(exit_code::needs_elevation));
    CHECK(contains(apply.err, "administrator"));
    auto restore = f.run({"restore", "--backup", (f.folder / "b.reg").string(), "--yes", "--json"});
    CHECK(restore.code == 7);
    check_document(restore, "error");
    CHECK(f.opened == 0);
    CHECK(f.events.empty());
    CHECK(read_file(*f.live_file) == original);

    // Reading needs no elevation; a snapshot needs none either.
    CHECK(f.run({"scan"}).code == 0);
    auto on_snapshot = f.run({"apply", "--snapshot", f.live_file->string(), "--yes"});
    CHECK((on_snapshot.code == 0 || on_snapshot.code == 3));
}

TEST_CASE("the live registry: apply and restore are reported to the event log") {
    cli_fixture f;
    f.live_file = f.copy_snapshot("plain-server.reg");
    auto applied = f.run({"apply", "--yes", "--json"});
    CHECK(applied.code == 3);
    REQUIRE(f.events.size() == 1);
    CHECK(f.events[0] == "apply recommended");
    auto backup = applied.document()["backup"].get<std::string>();
    auto restored = f.run({"restore", "--backup", backup, "--yes"});
    CHECK((restored.code == 0 || restored.code == 3));
    REQUIRE(f.events.size() == 2);
    CHECK(f.events[1] == "restore " + backup);
}

TEST_CASE("the live registry's scan hears the running Windows; a snapshot's does not") {
    cli_fixture f;
    f.live_file = f.copy_snapshot("plain-server.reg");
    f.facts.smb1_server = feature_state::not_installed;
    f.facts.smb1_evidence = "WMI Win32_OptionalFeature SMB1Protocol-Server InstallState 2";
    f.facts.server_service_running = false;
    f.facts.server_service_evidence = "service control manager";
    auto effect_of = [](const json& plan, const std::string& setting) {
        for (const auto& c : plan["changes"])
            if (c["setting"] == setting) return c["effect"].get<std::string>();
        return std::string("(no row)");
    };

    const auto live_scan = f.run({"scan", "--json"}).document();
    CHECK(live_scan["smb1_server"]["state"] == "not_installed");
    CHECK(live_scan["smb1_server"]["evidence"] == "WMI Win32_OptionalFeature SMB1Protocol-Server InstallState 2");
    CHECK(live_scan["server_service"]["state"] == "stopped");
    const auto live_plan = f.run({"plan", "--strategy", "block", "--json"});
    // No SMBv1 server: SMB1=0 changes nothing. No Server service running: the
    // share settings wait for it, so nothing asks for a restart now.
    CHECK(effect_of(live_plan.document(), "SMB1") == "none");
    CHECK(effect_of(live_plan.document(), "AutoShareServer") == "when_server_service_runs");
    CHECK(live_plan.document()["restart"] == "none");

    const auto snapshot = f.copy_snapshot("sql-server.reg");
    const auto snap_scan = f.run({"scan", "--snapshot", snapshot.string(), "--json"}).document();
    CHECK(snap_scan["server_service"]["state"] == "unknown");
    CHECK(snap_scan["smb1_server"]["state"] != "not_installed");
}

TEST_CASE("a failed write: rolled back (6), or the rollback failed too (8, values named)") {
    cli_fixture f;
    auto file = f.copy_snapshot("sql-server.reg");
    const auto original = read_file(file);
    faulty_snapshot* target = nullptr;
    int fail_at = 0;
    int fail_from = 0;
    f.opener = [&](const std::optional<fs::path>& snapshot) -> std::unique_ptr<registry> {
        auto reg = std::make_unique<faulty_snapshot>(*snapshot);
        if (fail_at) reg->fail_at_write(fail_at);
        if (fail_from) reg->fail_from_write(fail_from);
        target = reg.get();
        return reg;
    };

    SUBCASE("rolled back") {
        fail_at = 2;
        auto r = f.run({"apply", "--snapshot", file.string(), "--profile", "locked-down", "--yes", "--json"});
        CHECK(r.code == code(exit_code::rolled_back));
        check_document(r, "apply");
        CHECK(r.document()["status"] == "rolled_back");
        CHECK(read_file(file) == original);
    }
    SUBCASE("rollback failed") {
        fail_from = 2;
        auto r = f.run({"apply", "--snapshot", file.string(), "--profile", "locked-down", "--yes"});
        CHECK(r.code == code(exit_code::rollback_failed));
        CHECK(contains(r.err, "NOT RESTORED"));
        CHECK(contains(r.err, "HKEY_LOCAL_MACHINE\\"));
    }
    CHECK(target != nullptr);
}

TEST_CASE("a value that cannot be read: apply refuses (6, nothing written) unless --skip-unreadable leaves it out") {
    cli_fixture f;
    auto file = f.copy_snapshot("sql-server.reg");
    const auto original = read_file(file);
    f.opener = [](const std::optional<fs::path>& snapshot) -> std::unique_ptr<registry> {
        auto reg = std::make_unique<faulty_snapshot>(*snapshot);
        reg->fail_reads_of("RestrictAnonymous");
        return reg;
    };
    auto refused = f.run({"apply", "--snapshot", file.string(), "--profile", "locked-down", "--yes"});
    CHECK(refused.code == code(exit_code::rolled_back));
    CHECK(contains(refused.err, "nothing was written"));
    CHECK(contains(refused.err, "Lsa\\RestrictAnonymous"));
    CHECK(read_file(file) == original);
    CHECK_FALSE(fs::exists(f.backups()));  // not even a backup

    // The wizard's policy, asked for: the rest is written, that value stays.
    auto partial = f.run({"apply", "--snapshot", file.string(), "--profile", "locked-down", "--yes",
                          "--skip-unreadable"});
    CHECK((partial.code == 0 || partial.code == 3));
    CHECK(contains(partial.err, "RestrictAnonymous could not be read and is left as it is"));
    const std::string lsa = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa";
    snapshot_registry after(file), before(snapshots_dir() / "sql-server.reg");
    CHECK(after.find_value(lsa, "RestrictAnonymous") == before.find_value(lsa, "RestrictAnonymous"));
    const std::string lanman = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters";
    CHECK(after.find_value(lanman, "AutoShareServer") == reg_value::dword(0));  // locked-down: block
    CHECK(read_file(file) != original);
}

TEST_CASE("unexpected errors are exit 1; access denied is exit 7") {
    cli_fixture f;
    f.opener = [](const std::optional<fs::path>&) -> std::unique_ptr<registry> {
        throw std::runtime_error("boom");
    };
    auto r = f.run({"scan", "--snapshot", "x.reg", "--json"});
    CHECK(r.code == code(exit_code::internal_error));
    check_document(r, "error");
    CHECK(contains(r.err, "boom"));

    f.opener = [](const std::optional<fs::path>&) -> std::unique_ptr<registry> {
        throw registry_error(registry_error::kind::access_denied, "HKEY_LOCAL_MACHINE\\SYSTEM", "", 5, "denied");
    };
    CHECK(f.run({"scan", "--snapshot", "x.reg"}).code == code(exit_code::needs_elevation));
}

TEST_CASE("profiles list, show, validate") {
    cli_fixture f;
    auto list = f.run({"profiles", "list"});
    CHECK(list.code == 0);
    CHECK(contains(list.out, "sql-server-host"));
    CHECK(contains(list.out, "locked-down"));
    // The preset answers are question ids (strings), as json-output.md documents.
    auto listed = f.run({"profiles", "list", "--json"});
    CHECK(listed.code == 0);
    check_document(listed, "profile_list");
    CHECK(listed.document()["profiles"][0]["name"] == "sql-server-host");
    CHECK(listed.document()["profiles"][0]["yes_answers"] == json::array({"sql_named_pipes"}));

    auto show = f.run({"profiles", "show", "sql-server-host", "--json"});
    CHECK(show.code == 0);
    check_document(show, "profile");
    // The "document" field is itself a valid custom profile, ready to edit.
    auto editable = parse_profile_json(show.document()["document"].dump(), "shown.json");
    CHECK(editable.name == "sql-server-host");
    CHECK(editable.strat == strategy::restrict);
    for (const auto& t : editable.targets) CHECK_FALSE(t.why.text.empty());

    auto shown_file = f.run({"profiles", "show", (resources_dir() / "profiles" / "example-locked-down.json").string()});
    CHECK(shown_file.code == 0);
    CHECK(contains(shown_file.out, "AutoShareServer"));

    auto valid = f.run({"profiles", "validate", (resources_dir() / "profiles" / "example-sql-host.json").string()});
    CHECK(valid.code == 0);
    CHECK(contains(valid.out, "valid profile \"example-sql-host\""));

    auto bad = f.write("bad.json", bad_syntax_profile);
    auto invalid = f.run({"profiles", "validate", bad.string()});
    CHECK(invalid.code == 2);
    CHECK(contains(invalid.err, ":3:11:"));
    CHECK(f.run({"profiles", "show", "nope"}).code == 2);
}

#ifndef _WIN32
TEST_CASE("a profile others can write is used with a warning on stderr") {
    cli_fixture f;
    auto file = f.copy_snapshot("plain-server.reg");
    auto profile = f.folder / "shared.json";
    fs::copy_file(resources_dir() / "profiles" / "example-sql-host.json", profile);
    ::chmod(f.folder.path().c_str(), 0755);
    ::chmod(profile.c_str(), 0644);
    auto clean = f.run({"plan", "--snapshot", file.string(), "--profile", profile.string(), "--json"});
    CHECK(clean.code == 0);
    CHECK_FALSE(contains(clean.err, "warning"));

    ::chmod(profile.c_str(), 0666);
    auto r = f.run({"plan", "--snapshot", file.string(), "--profile", profile.string(), "--json"});
    CHECK(r.code == 0);
    CHECK(contains(r.err, "warning: "));
    CHECK(contains(r.err, "others"));
    check_document(r, "plan");  // stdout stays one JSON document
}
#endif

#ifdef _WIN32
namespace {
/// Adds an ACE granting Everyone write access to the file (on top of what it has).
void let_everyone_write(const fs::path& file) {
    PACL old_dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    REQUIRE(GetNamedSecurityInfoW(file.wstring().c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr,
                                  nullptr, &old_dacl, nullptr, &sd) == ERROR_SUCCESS);
    BYTE sid_buffer[SECURITY_MAX_SID_SIZE];
    DWORD sid_size = sizeof(sid_buffer);
    REQUIRE(CreateWellKnownSid(WinWorldSid, nullptr, sid_buffer, &sid_size));
    EXPLICIT_ACCESSW access{};
    access.grfAccessPermissions = FILE_GENERIC_WRITE;
    access.grfAccessMode = GRANT_ACCESS;
    access.grfInheritance = NO_INHERITANCE;
    access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access.Trustee.TrusteeType = TRUSTEE_IS_WELL_KNOWN_GROUP;
    access.Trustee.ptstrName = reinterpret_cast<LPWSTR>(sid_buffer);
    PACL new_dacl = nullptr;
    REQUIRE(SetEntriesInAclW(1, &access, old_dacl, &new_dacl) == ERROR_SUCCESS);
    std::wstring path = file.wstring();
    auto status = SetNamedSecurityInfoW(path.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr,
                                        new_dacl, nullptr);
    LocalFree(new_dacl);
    LocalFree(sd);
    REQUIRE(status == ERROR_SUCCESS);
}
}  // namespace

TEST_CASE("a profile whose DACL lets Everyone write is used with a warning on stderr") {
    cli_fixture f;
    auto file = f.copy_snapshot("plain-server.reg");
    auto profile = f.folder / "shared.json";
    fs::copy_file(resources_dir() / "profiles" / "example-sql-host.json", profile);
    let_everyone_write(profile);
    auto r = f.run({"plan", "--snapshot", file.string(), "--profile", profile.string(), "--json"});
    CHECK(r.code == 0);
    CHECK(contains(r.err, "warning: "));
    CHECK(contains(r.err, "shared.json can be changed by"));
    check_document(r, "plan");
}
#endif

TEST_CASE("every demo snapshot: scan, recommend, plan, apply, apply again, check, restore -> original bytes") {
    for (const char* name : {"sql-server.reg", "workstation-win11.reg", "domain-controller.reg", "rds-licensing.reg",
                             "plain-server.reg", "file-print-server.reg", "legacy-regedit4.reg"}) {
        CAPTURE(name);
        cli_fixture f;
        auto file = f.copy_snapshot(name);
        const auto original = read_file(file);
        const auto snapshot = file.string();

        auto scanned = f.run({"scan", "--snapshot", snapshot, "--json"});
        REQUIRE(scanned.code == 0);
        check_document(scanned, "scan");
        REQUIRE(f.run({"recommend", "--snapshot", snapshot}).code == 0);
        auto planned = f.run({"plan", "--snapshot", snapshot, "--json"});
        REQUIRE(planned.code == 0);
        const int pending = planned.document()["pending"].get<int>();

        auto applied = f.run({"apply", "--snapshot", snapshot, "--yes", "--json"});
        check_document(applied, "apply");
        if (pending == 0) {
            CHECK(applied.code == 4);
            continue;
        }
        REQUIRE((applied.code == 0 || applied.code == 3));
        CHECK(read_file(file) != original);
        const auto backup = applied.document()["backup"].get<std::string>();

        CHECK(f.run({"apply", "--snapshot", snapshot, "--yes"}).code == 4);
        CHECK(f.run({"check", "--snapshot", snapshot}).code == 0);

        auto restored = f.run({"restore", "--snapshot", snapshot, "--backup", backup, "--yes", "--json"});
        check_document(restored, "restore");
        CHECK((restored.code == 0 || restored.code == 3));
        CHECK(read_file(file) == original);
    }
}

TEST_CASE("export: every format and its undo twin, listed in --json; the target is only read") {
    cli_fixture f;
    auto snapshot = f.copy_snapshot("sql-server.reg");
    const auto before = read_file(snapshot);
    auto out = f.folder / "export";
    auto r = f.run({"export", "--snapshot", snapshot.string(), "--recommended", "--format", "all", "--out",
                    out.string(), "--json"});
    REQUIRE(r.code == code(exit_code::success));
    check_document(r, "export");
    auto doc = r.document();
    std::set<std::string> formats;
    std::size_t undo_files = 0;
    for (const auto& file : doc["files"]) {
        formats.insert(file["format"].get<std::string>());
        if (file["purpose"] != "apply") ++undo_files;
        CHECK(fs::exists(fs::u8path(file["path"].get<std::string>())));
    }
    CHECK(formats == std::set<std::string>{"gpo", "intune", "ansible", "reg"});
    CHECK(undo_files > 0);
    CHECK(fs::exists(out / "undo" / "reg" / "shareguard.reg"));
    CHECK(read_file(snapshot) == before);
    CHECK(f.events.empty());  // an export writes no registry: nothing for the Event Log
}

TEST_CASE("export --profile FILE needs no target; an unknown format or a used folder is exit 2, nothing written") {
    cli_fixture f;
    const auto profile = (resources_dir() / "profiles" / "example-locked-down.json").string();
    auto out = f.folder / "export";
    auto bad = f.run({"export", "--profile", profile, "--format", "gpo", "--format", "sccm", "--out", out.string()});
    CHECK(bad.code == code(exit_code::bad_input));
    CHECK(contains(bad.err, "sccm"));
    CHECK_FALSE(fs::exists(out));

    auto ok = f.run({"export", "--profile", profile, "--format", "reg", "--out", out.string()});
    REQUIRE(ok.code == code(exit_code::success));
    CHECK(f.opened == 0);  // a profile file: no registry was opened
    const auto first = read_file(out / "reg" / "shareguard.reg");
    CHECK(contains(ok.out, "NullSessionPipes"));  // the undo twin leaves it out, and says so

    auto again = f.run({"export", "--profile", profile, "--format", "reg", "--out", out.string()});
    CHECK(again.code == code(exit_code::bad_input));
    CHECK(contains(again.err, out.string()));
    CHECK(read_file(out / "reg" / "shareguard.reg") == first);
}

TEST_CASE("export --undo-from: the undo twin returns what the backup recorded") {
    cli_fixture f;
    auto snapshot = f.copy_snapshot("plain-server.reg");
    const auto profile = (resources_dir() / "profiles" / "example-locked-down.json").string();
    REQUIRE(f.run({"apply", "--snapshot", snapshot.string(), "--profile", profile, "--yes"}).code !=
            code(exit_code::internal_error));
    std::vector<fs::path> backups;
    for (const auto& e : fs::directory_iterator(f.backups()))
        if (e.path().extension() == ".reg") backups.push_back(e.path());
    REQUIRE(backups.size() == 1);
    auto out = f.folder / "export";
    auto r = f.run({"export", "--profile", profile, "--format", "reg", "--out", out.string(), "--undo-from",
                    backups[0].string(), "--json"});
    REQUIRE(r.code == code(exit_code::success));
    CHECK(r.err.empty());  // this machine's own backup: its seal verifies, no warning
    const auto undo = parse_reg(read_file(out / "undo" / "reg" / "shareguard.reg"), "undo");
    const auto recorded = read_backup_file(backups[0], f.folder / "state" / "backup-hmac.key");
    std::size_t values = 0;
    for (const auto& k : undo.keys)
        for (const auto& v : k.values) {
            ++values;
            auto it = std::find_if(recorded.entries.begin(), recorded.entries.end(), [&](const backup_entry& e) {
                return e.key == k.path && e.value_name == v.name;
            });
            REQUIRE(it != recorded.entries.end());
            CHECK(it->previous == v.value);
        }
    CHECK(values == recorded.entries.size());
}

}  // TEST_SUITE

}  // namespace sg::test
