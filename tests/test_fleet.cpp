// A deployment and its undo twins (wizard/fleet/deployment.h), the .reg format,
// and the session's export use case that writes every format and its twin.
#include <doctest/doctest.h>

#include <algorithm>

#include "app/session/exports.h"
#include "support/temp_folder.h"
#include "support/test_paths.h"
#include "wizard/catalog.h"
#include "wizard/errors.h"
#include "wizard/fleet/export_reg.h"
#include "wizard/platform.h"
#include "wizard/profile.h"
#include "wizard/version.h"

using namespace sg;
using namespace sg::fleet;

namespace {

profile locked_down() { return read_profile_file(test::resources_dir() / "profiles" / "example-locked-down.json"); }

deployment_header fixed_header() {
    return session::header_for("example-locked-down", "2026-12-02T12:00:00Z");
}

const deployed_value* find(const deployment& d, std::string_view id) {
    for (const auto& v : d.values)
        if (v.entry->id == id) return &v;
    return nullptr;
}

bool left_out(const deployment& d, std::string_view id, undo_gap why) {
    return std::any_of(d.left_out.begin(), d.left_out.end(),
                       [&](const left_out_setting& g) { return g.entry->id == id && g.why == why; });
}

std::size_t catalog_rank(const setting* s) { return static_cast<std::size_t>(s - catalog().data()); }

}  // namespace

TEST_SUITE("fleet") {

TEST_CASE("a profile's deployment holds its targets in catalog order, removals as nullopt") {
    const profile p = locked_down();
    const deployment d = deployment_from_profile(p, fixed_header());
    REQUIRE(d.values.size() == p.targets.size());
    for (std::size_t i = 1; i < d.values.size(); ++i)
        CHECK(catalog_rank(d.values[i - 1].entry) < catalog_rank(d.values[i].entry));
    CHECK(find(d, "AutoShareServer")->value == reg_value::dword(0));
    CHECK_FALSE(find(d, "NullSessionShares")->value.has_value());
    CHECK(find(d, "SMB1") == nullptr);  // the profile does not set it
    CHECK(d.header.kind == deployment_kind::apply);
    CHECK(d.left_out.empty());
}

TEST_CASE("the plan's deployment is its ticked rows, whether or not they change this machine") {
    plan p;
    for (const char* id : {"AutoShareServer", "RestrictAnonymous", "SMB1"}) {
        planned_change c;
        c.setting_id = id;
        c.desired = reg_value::dword(0);
        c.action = std::string_view(id) == "RestrictAnonymous" ? change_action::none : change_action::change;
        c.selected = std::string_view(id) != "SMB1";
        p.changes.push_back(c);
    }
    const deployment d = deployment_from_plan(p, fixed_header());
    REQUIRE(d.values.size() == 2);
    CHECK(d.values[0].entry->id == "AutoShareServer");
    CHECK(d.values[1].entry->id == "RestrictAnonymous");
}

TEST_CASE("undo to Windows defaults: what a fresh install holds, and nothing where that varies") {
    const deployment undo = undo_to_windows_defaults(deployment_from_profile(locked_down(), fixed_header()));
    CHECK(undo.header.kind == deployment_kind::undo_windows_defaults);
    // Absent on a fresh install: removed.
    CHECK_FALSE(find(undo, "AutoShareServer")->value.has_value());
    CHECK_FALSE(find(undo, "AutoShareWks")->value.has_value());
    CHECK_FALSE(find(undo, "RestrictRemoteSAM")->value.has_value());
    // Present with Windows' value.
    CHECK(find(undo, "RestrictAnonymous")->value == reg_value::dword(0));
    CHECK(find(undo, "RestrictAnonymousSAM")->value == reg_value::dword(1));
    CHECK(find(undo, "EveryoneIncludesAnonymous")->value == reg_value::dword(0));
    CHECK(find(undo, "RestrictNullSessAccess")->value == reg_value::dword(1));
    // A domain controller ships pipes a member does not: no single value is right.
    CHECK(find(undo, "NullSessionPipes") == nullptr);
    CHECK(left_out(undo, "NullSessionPipes", undo_gap::default_varies));
    CHECK(left_out(undo, "NullSessionShares", undo_gap::default_varies));
    CHECK(undo.values.size() + undo.left_out.size() == locked_down().targets.size());
}

TEST_CASE("every catalog setting says what Windows ships") {
    for (const setting& s : catalog()) {
        CAPTURE(s.id);
        if (s.shipped.what == shipped_state::kind::value) {
            REQUIRE(s.shipped.value.has_value());
            CHECK(s.shipped.value->type == s.type);
        } else {
            CHECK_FALSE(s.shipped.value.has_value());
        }
    }
}

TEST_CASE("undo from a backup: the recorded state, absent values removed, unrecorded ones left out") {
    backup_file backup;
    const setting& auto_share = *find_setting("AutoShareServer");
    const setting& restrict_anonymous = *find_setting("RestrictAnonymous");
    // Spelled as an export might spell it: keys and names compare as Windows does.
    backup.entries.push_back({"HKEY_LOCAL_MACHINE\\SYSTEM\\CURRENTCONTROLSET\\Services\\LanmanServer\\Parameters",
                              "autoshareserver", std::nullopt});
    backup.entries.push_back({restrict_anonymous.key, restrict_anonymous.value_name, reg_value::dword(1)});
    const deployment undo =
        undo_from_backup(deployment_from_profile(locked_down(), fixed_header()), backup, "before.reg");
    CHECK(undo.header.kind == deployment_kind::undo_backup);
    CHECK(undo.header.undo_source == "before.reg");
    REQUIRE(undo.values.size() == 2);
    CHECK(undo.values[0].entry == &auto_share);
    CHECK_FALSE(undo.values[0].value.has_value());
    CHECK(undo.values[1].value == reg_value::dword(1));
    CHECK(left_out(undo, "AutoShareWks", undo_gap::not_in_backup));
}

TEST_CASE("the .reg format: regedit 5 with the header as comments, values grouped by key, removals as -") {
    const deployment d = deployment_from_profile(locked_down(), fixed_header());
    const auto files = export_reg(d);
    REQUIRE(files.size() == 1);
    CHECK(files[0].path == "shareguard.reg");
    CHECK(files[0].bytes.substr(0, 2) == std::string("\xFF\xFE", 2));
    const reg_document doc = parse_reg(files[0].bytes, "shareguard.reg");
    REQUIRE(doc.keys.size() == 2);
    std::size_t values = 0;
    for (const auto& k : doc.keys) values += k.values.size();
    CHECK(values == d.values.size());
    const auto& first = doc.keys[0].comments_before;
    CHECK(std::find(first.begin(), first.end(), "; Profile: example-locked-down") != first.end());
    CHECK(std::find(first.begin(), first.end(), "; Written by ShareGuard " + std::string(sg::version) +
                                                    " on 2026-12-02T12:00:00Z.") != first.end());
    bool removal = false;
    for (const auto& v : doc.keys[0].values) removal = removal || (v.name == "NullSessionShares" && !v.value);
    CHECK(removal);
}

TEST_CASE("write_exports: each format and its undo twin, into a new or empty folder only") {
    test::temp_folder tmp;
    session::export_request request;
    request.apply = deployment_from_profile(locked_down(), fixed_header());
    request.formats = {export_format::reg, export_format::gpo};
    request.folder = tmp / "out";
    request.key_file = tmp / "no-key";
    const auto outcome = session::write_exports(request);
    CHECK(std::filesystem::exists(tmp / "out" / "reg" / "shareguard.reg"));
    CHECK(std::filesystem::exists(tmp / "out" / "undo" / "reg" / "shareguard.reg"));
    CHECK(std::filesystem::exists(tmp / "out" / "gpo" / "README.txt"));
    CHECK(std::filesystem::exists(tmp / "out" / "undo" / "gpo" / "README.txt"));
    std::size_t expected = 0;
    for (export_format f : request.formats)
        expected += export_files(f, request.apply).size() + export_files(f, outcome.undo).size();
    CHECK(outcome.files.size() == expected);
    for (const auto& f : outcome.files) CHECK(std::filesystem::exists(f.file));

    // A second export into the same folder is refused before anything is written.
    const auto before = read_file(tmp / "out" / "reg" / "shareguard.reg");
    request.apply.header.created_utc = "2027-01-01T00:00:00Z";
    CHECK_THROWS_AS(session::write_exports(request), session::export_folder_not_empty);
    CHECK(read_file(tmp / "out" / "reg" / "shareguard.reg") == before);
}

TEST_CASE("write_exports --undo-from: a file that is not a ShareGuard backup is refused, nothing written") {
    test::temp_folder tmp;
    write_file_durably(tmp / "not-a-backup.reg", "Windows Registry Editor Version 5.00\r\n");
    session::export_request request;
    request.apply = deployment_from_profile(locked_down(), fixed_header());
    request.formats = {export_format::reg};
    request.folder = tmp / "out";
    request.undo_from = tmp / "not-a-backup.reg";
    request.key_file = tmp / "no-key";
    CHECK_THROWS_AS(session::write_exports(request), input_error);
    CHECK_FALSE(std::filesystem::exists(tmp / "out"));
}

}  // TEST_SUITE
