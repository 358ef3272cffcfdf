// The wizard's model on the SQL Server demo snapshot, without any window:
// the same calls the pages make, in the same order.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "app/gui/wizard_model.h"
#include "app/session/profile_source.h"
#include "support/faulty_registry.h"
#include "support/temp_folder.h"
#include "support/test_paths.h"
#include <nlohmann/json.hpp>

#ifndef _WIN32
#include <sys/stat.h>
#endif

#include "wizard/ids.h"
#include "wizard/journal.h"
#include "wizard/plan_export.h"
#include "wizard/platform.h"
#include "wizard/version.h"
#include "wizard/reg_file.h"
#include "wizard/reg_path.h"
#include "wizard/snapshot_registry.h"

namespace sg::test {

namespace {

std::filesystem::path copy_demo(const temp_folder& dir) {
    const auto copy = dir / "sql-server.reg";
    std::filesystem::copy_file(snapshots_dir() / "sql-server.reg", copy);
    return copy;
}

void open_and_scan(gui::wizard_model& m, const std::filesystem::path& file) {
    m.set_snapshot(file);
    m.open_target();
    m.run_scan();
}

}  // namespace

TEST_SUITE("gui_model") {

TEST_CASE("scanning the SQL Server demo pre-fills the named-pipes answer and recommends restrict") {
    temp_folder dir;
    gui::wizard_model m;
    open_and_scan(m, copy_demo(dir));
    REQUIRE(m.has_scan());
    CHECK(m.scan().sql_instances.size() >= 2);
    const auto& a = m.answers().at(question_id::sql_named_pipes);
    CHECK(a.yes);
    CHECK(a.from_detection);
    CHECK(m.recommended() == strategy::restrict);
    // Named pipes go through IPC$, which block leaves: block breaks nothing the SQL
    // answer needs. Only what uses ADMIN$/C$ conflicts with block, never with restrict.
    CHECK(m.conflicts_with(strategy::block).empty());
    m.set_answer(question_id::remote_admin_shares, true);
    const auto conflicts = m.conflicts_with(strategy::block);
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.front().question == question_id::remote_admin_shares);
    CHECK(m.conflicts_with(strategy::restrict).empty());
}

TEST_CASE("the profile follows the answers until a fixed profile is chosen") {
    temp_folder dir;
    gui::wizard_model m;
    open_and_scan(m, copy_demo(dir));
    m.choose_recommended();
    CHECK(m.chosen_profile().strat == strategy::restrict);
    m.choose_strategy(strategy::block);
    CHECK(m.origin() == gui::profile_origin::other_strategy);
    CHECK(m.chosen_profile().strat == strategy::block);
    m.choose_builtin("sql-server-host");
    CHECK(m.origin() == gui::profile_origin::builtin);
    CHECK_THROWS_AS(m.choose_builtin("no-such-profile"), session::unknown_profile_error);
}

TEST_CASE("a setting's card follows the chosen profile before the plan exists, and the plan after") {
    temp_folder dir;
    gui::wizard_model m;
    open_and_scan(m, copy_demo(dir));
    m.choose_recommended();  // restrict: the admin shares stay
    auto card = m.card_for("AutoShareServer");
    REQUIRE(card);
    REQUIRE(card->state);
    REQUIRE(card->proposed);
    CHECK(card->proposed->desired == reg_value::dword(1));
    CHECK(card->effective == reg_value::dword(1));  // absent on the demo: the Windows default

    m.choose_strategy(strategy::block);  // no plan yet: the card speaks of block
    card = m.card_for("AutoShareServer");
    REQUIRE(card->proposed);
    CHECK(card->proposed->desired == reg_value::dword(0));

    m.build_plan();
    m.select_row(0, false);  // the card shows the plan's row as it stands
    card = m.card_for(m.current_plan().changes[0].setting_id);
    REQUIRE(card->proposed);
    CHECK_FALSE(card->proposed->selected);
    CHECK_FALSE(m.card_for("NoSuchSetting"));
}

TEST_CASE("unticking a row removes it from the pending changes and from the .reg export") {
    temp_folder dir;
    gui::wizard_model m;
    open_and_scan(m, copy_demo(dir));
    m.build_plan();
    const auto pending = m.current_plan().pending();
    REQUIRE(pending.size() >= 2);

    auto count_values = [](const reg_document& doc) {
        std::size_t n = 0;
        for (const auto& k : doc.keys) n += k.values.size();
        return n;
    };
    CHECK(count_values(plan_to_reg(m.current_plan())) == pending.size());

    const auto& changes = m.current_plan().changes;
    const auto first = static_cast<std::size_t>(
        std::find_if(changes.begin(), changes.end(), [&](const planned_change& c) { return &c == pending.front(); }) -
        changes.begin());
    m.select_row(first, false);
    CHECK(m.current_plan().pending().size() == pending.size() - 1);
    const reg_document doc = plan_to_reg(m.current_plan());
    CHECK(count_values(doc) == pending.size() - 1);
    // What "Save as .reg" writes (the engine's export of the model's plan) parses back to the same document.
    CHECK(parse_reg(render_reg(doc), "export.reg") == doc);
    CHECK_THROWS_AS(m.select_row(changes.size(), true), std::out_of_range);
}

TEST_CASE("export for deployment writes the ticked rows in every format, with the undo, into an empty folder only") {
    temp_folder dir;
    gui::wizard_model m;
    open_and_scan(m, copy_demo(dir));
    m.build_plan();
    const auto& changes = m.current_plan().changes;
    const auto first = static_cast<std::size_t>(
        std::find_if(changes.begin(), changes.end(), [](const planned_change& c) { return c.selected; }) -
        changes.begin());
    REQUIRE(first < changes.size());
    m.select_row(first, false);

    const auto folder = dir / "export";
    const auto outcome = m.export_for_deployment(folder, fleet::all_export_formats(), std::nullopt);
    CHECK(!outcome.files.empty());
    for (const char* f : {"gpo/README.txt", "intune/README.txt", "ansible/shareguard.yml", "reg/shareguard.reg",
                          "undo/reg/shareguard.reg"})
        CHECK_MESSAGE(std::filesystem::exists(folder / f), f);
    // The .reg holds the ticked rows only: the unticked one is not in it.
    std::size_t in_reg = 0;
    bool unticked_found = false;
    for (const auto& k : read_reg_file(folder / "reg" / "shareguard.reg").keys)
        for (const auto& v : k.values) {
            ++in_reg;
            if (names_equal(v.name, changes[first].value_name) && names_equal(k.path, changes[first].key))
                unticked_found = true;
        }
    const auto ticked = std::count_if(changes.begin(), changes.end(), [](const planned_change& c) { return c.selected; });
    CHECK(in_reg == static_cast<std::size_t>(ticked));
    CHECK_FALSE(unticked_found);
    // A second export into the same folder is refused, as the console's is.
    CHECK_THROWS_AS(m.export_for_deployment(folder, {fleet::export_format::reg}, std::nullopt),
                    session::export_folder_not_empty);
}

TEST_CASE("apply writes the recommended values and a backup next to the snapshot; undo brings the bytes back") {
    temp_folder dir;
    const auto file = copy_demo(dir);
    const std::string original = read_file(file);
    gui::wizard_model m;
    open_and_scan(m, file);
    m.build_plan();
    CHECK(m.default_backup_folder_for_target() == default_backup_folder());  // the console's default too
    m.set_backup_folder(dir / "backups");

    const run_report& r = m.apply();
    REQUIRE(r.status == run_status::success);
    CHECK(std::filesystem::exists(r.backup));
    CHECK(r.backup.parent_path() == dir / "backups");
    snapshot_registry after(file);
    for (const planned_change* c : m.current_plan().pending())
        CHECK(after.find_value(c->key, c->value_name) == c->desired);

    const run_report& u = m.undo();
    CHECK(u.status == run_status::success);
    CHECK(read_file(file) == original);
}

TEST_CASE("on this computer, apply and undo are reported to the Event Log and journaled with the account") {
    temp_folder dir;
    const auto file = copy_demo(dir);
    gui::wizard_model m;
    std::vector<std::string> events;
    m.set_event_reporter([&events](const session::run_event& e) {
        REQUIRE(e.report != nullptr);
        events.push_back(e.action + " " + e.subject + " " + std::string(run_status_id(e.report->status)));
        return std::string(e.action == "restore" ? "the event source is not registered" : "");
    });
    // A snapshot is a file: nothing about this computer to report.
    open_and_scan(m, file);
    m.build_plan();
    m.set_backup_folder(dir / "backups");
    REQUIRE(m.apply().status == run_status::success);
    CHECK(events.empty());

    // "This computer", here a registry the test installs (the live one on Windows).
    m.set_live();
    m.use_registry(std::make_unique<snapshot_registry>(file));
    m.run_scan();
    m.choose_strategy(strategy::block);
    m.build_plan();
    const run_report& applied = m.apply();
    REQUIRE(applied.status == run_status::success);
    REQUIRE(events.size() == 1);
    CHECK(events[0] == "apply " + m.current_plan().profile_name + " success");
    CHECK(m.event_log_problem().empty());
    const run_report& undone = m.undo();
    REQUIRE(undone.status == run_status::success);
    REQUIRE(events.size() == 2);
    CHECK(events[1] == "restore " + path_text(applied.backup) + " success");
    CHECK(m.event_log_problem() == "the event source is not registered");  // shown on the Finish page

    // Each run's journal line names who ran it and with which version.
    const auto lines = read_journal_lines(journal_path(dir / "backups"));
    REQUIRE(lines.size() == 3);
    for (const auto& line : lines) {
        const auto j = nlohmann::json::parse(line);
        CHECK(j["user"] == current_account_name());
        CHECK(j["tool_version"] == std::string(sg::version));
    }
    CHECK_FALSE(current_account_name().empty());
}

TEST_CASE("--profile takes a built-in name before a file, as the console does; a file others may change is flagged") {
    temp_folder dir;
    gui::wizard_model m;
    open_and_scan(m, copy_demo(dir));
    m.choose_named("locked-down");
    CHECK(m.origin() == gui::profile_origin::builtin);
    CHECK(m.profile_trust().empty());
    CHECK_THROWS_AS(m.choose_named("no-such-profile"), session::unknown_profile_error);

    const auto file = dir / "mine.json";
    write_file_durably(file, read_file(resources_dir() / "profiles" / "example-locked-down.json"));
#ifndef _WIN32
    ::chmod(file.c_str(), 0666);  // anyone may change it
    m.choose_named(file.string());
    CHECK(m.origin() == gui::profile_origin::custom_file);
    REQUIRE_FALSE(m.profile_trust().empty());
    CHECK(m.profile_trust()[0].what == session::trust_problem::kind::writable_by_others);
    m.choose_custom(file);  // Browse… checks the same way
    CHECK_FALSE(m.profile_trust().empty());
    m.choose_recommended();  // a built-in choice carries no file problem
    CHECK(m.profile_trust().empty());
#endif
}

TEST_CASE("a value that cannot be read starts unticked, cannot be ticked, and the rest still applies") {
    temp_folder dir;
    const auto file = copy_demo(dir);
    snapshot_registry snapshot(file);  // outlives the model, which borrows it through the faulty one
    gui::wizard_model m;
    m.set_snapshot(file);
    auto faulty = std::make_unique<faulty_registry>(snapshot);
    faulty->fail_reads_of("RestrictAnonymous");
    m.use_registry(std::move(faulty));
    m.run_scan();
    m.build_plan();

    const auto& changes = m.current_plan().changes;
    const auto unreadable = std::find_if(changes.begin(), changes.end(), [](const planned_change& c) {
        return c.value_name == "RestrictAnonymous";
    });
    REQUIRE(unreadable != changes.end());
    REQUIRE(unreadable->current_status == value_status::unreadable);
    CHECK_FALSE(unreadable->selected);
    const auto index = static_cast<std::size_t>(unreadable - changes.begin());
    CHECK_FALSE(m.select_row(index, true));
    CHECK_FALSE(m.current_plan().changes[index].selected);
    CHECK(m.select_row(index, false));

    REQUIRE_FALSE(m.current_plan().pending().empty());
    m.set_backup_folder(dir / "backups");
    const run_report& r = m.apply();
    CHECK(r.status == run_status::success);
    CHECK(r.error.empty());
}

TEST_CASE("the restore path reads a backup's header and restores it") {
    temp_folder dir;
    const auto file = copy_demo(dir);
    std::filesystem::path backup;
    {
        gui::wizard_model first;
        open_and_scan(first, file);
        first.build_plan();
        first.set_backup_folder(dir / "backups");
        backup = first.apply().backup;
    }
    gui::wizard_model m;
    m.set_flow(gui::flow::restore);
    m.set_snapshot(file);
    m.open_target();
    m.set_backup_folder(dir / "backups");
    m.load_backup(backup);
    CHECK(m.loaded_backup().hash_ok);
    CHECK_FALSE(m.loaded_backup().entries.empty());
    const run_report& r = m.restore(false);
    CHECK(r.status == run_status::success);
    snapshot_registry after(file);
    for (const backup_entry& e : m.loaded_backup().entries) CHECK(after.find_value(e.key, e.value_name) == e.previous);
}

}  // TEST_SUITE

}  // namespace sg::test
