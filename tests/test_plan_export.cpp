// A plan as a regedit file: what "Save as .reg…" and `plan --export-reg` write.
#include <doctest/doctest.h>

#include <algorithm>

#include "support/reg_text_fixtures.h"
#include "support/temp_folder.h"
#include "support/test_paths.h"
#include "wizard/errors.h"
#include "wizard/platform.h"
#include "wizard/plan_export.h"
#include "wizard/recommendation.h"
#include "wizard/snapshot_registry.h"

using namespace sg;

namespace {

const std::string server = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters";
const std::string lsa = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa";

planned_change row(std::string key, std::string name, std::optional<reg_value> desired, change_action action,
                   bool selected = true) {
    planned_change c;
    c.setting_id = name;
    c.key = std::move(key);
    c.value_name = std::move(name);
    c.desired = std::move(desired);
    c.action = action;
    c.selected = selected;
    return c;
}

/// Rows of two keys, interleaved: a value set, a deletion, a list, an unticked
/// row and a row that changes nothing.
plan mixed_plan() {
    plan p;
    p.changes.push_back(row(server, "AutoShareServer", reg_value::dword(0), change_action::create));
    p.changes.push_back(row(lsa, "RestrictAnonymous", reg_value::dword(1), change_action::change));
    p.changes.push_back(row(server, "NullSessionShares", std::nullopt, change_action::remove));
    p.changes.push_back(row(lsa, "RestrictAnonymousSAM", reg_value::dword(1), change_action::change, false));
    p.changes.push_back(row(server, "SMB1", reg_value::dword(0), change_action::none));
    p.changes.push_back(row(server, "NullSessionPipes", reg_value::multi_string({"a"}), change_action::change));
    return p;
}

std::size_t value_count(const reg_document& doc) {
    std::size_t n = 0;
    for (const auto& k : doc.keys) n += k.values.size();
    return n;
}

}  // namespace

TEST_SUITE("plan_export") {

TEST_CASE("pending rows only, grouped by key in plan order, deletions as \"x\"=-, laid out as regedit exports") {
    const plan p = mixed_plan();
    const reg_document doc = plan_to_reg(p);
    CHECK(value_count(doc) == p.pending().size());
    // Byte for byte what regedit writes: BOM, UTF-16LE, CRLF, a blank line
    // before each key and at the end.
    CHECK(render_reg(doc) == test::unicode_file("Windows Registry Editor Version 5.00\n"
                                                "\n"
                                                "[" + server + "]\n"
                                                "\"AutoShareServer\"=dword:00000000\n"
                                                "\"NullSessionShares\"=-\n"
                                                "\"NullSessionPipes\"=hex(7):61,00,00,00,00,00\n"
                                                "\n"
                                                "[" + lsa + "]\n"
                                                "\"RestrictAnonymous\"=dword:00000001\n"
                                                "\n"));
    CHECK(parse_reg(render_reg(doc), "export.reg") == doc);
}

TEST_CASE("a plan with nothing pending gives the header alone: a valid file that changes nothing") {
    plan p = mixed_plan();
    for (auto& c : p.changes) c.selected = false;
    const reg_document doc = plan_to_reg(p);
    CHECK(doc.keys.empty());
    const std::string bytes = render_reg(doc);
    CHECK(bytes == test::unicode_file("Windows Registry Editor Version 5.00\n\n"));
    CHECK(parse_reg(bytes, "empty.reg") == doc);
}

TEST_CASE("the recommended plan of every demo snapshot: the export sets exactly the pending values") {
    for (const char* name : {"sql-server.reg", "domain-controller.reg", "workstation-win11.reg", "legacy-regedit4.reg"}) {
        CAPTURE(name);
        snapshot_registry reg(test::snapshots_dir() / name);
        const scan_result scanned = scan(reg);
        const plan p = make_plan(scanned, recommend(default_answers(scanned), scanned.product));
        REQUIRE_FALSE(p.pending().empty());
        // Read back from the bytes, as regedit would.
        const reg_document doc = parse_reg(render_reg(plan_to_reg(p)), "export.reg");
        CHECK(value_count(doc) == p.pending().size());
        for (const planned_change* c : p.pending()) {
            CAPTURE(c->value_name);
            auto key = std::find_if(doc.keys.begin(), doc.keys.end(), [&](const auto& k) { return k.path == c->key; });
            REQUIRE(key != doc.keys.end());
            auto value = std::find_if(key->values.begin(), key->values.end(),
                                      [&](const auto& v) { return v.name == c->value_name; });
            REQUIRE(value != key->values.end());
            CHECK(value->value == c->desired);
        }
    }
}

TEST_CASE("write_plan_reg writes the rendered bytes; a folder that does not exist is a file_error") {
    test::temp_folder dir;
    const plan p = mixed_plan();
    write_plan_reg(p, dir / "changes.reg");
    CHECK(read_file(dir / "changes.reg") == render_reg(plan_to_reg(p)));
    write_plan_reg(plan{}, dir / "changes.reg");  // replaces the file
    CHECK(plan_to_reg(plan{}).keys.empty());
    CHECK(read_file(dir / "changes.reg") == render_reg(plan_to_reg(plan{})));
    CHECK_THROWS_AS(write_plan_reg(p, dir / "no-such-folder" / "changes.reg"), file_error);
}

}  // TEST_SUITE
