// JSON output (schema "shareguard/1"): one document per result, with
// "schema" and "kind", typed values, codes (never sentences) for enums.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "wizard/answers.h"
#include "wizard/apply.h"
#include "wizard/catalog.h"
#include "wizard/detection.h"
#include "wizard/json_output.h"
#include "wizard/plan.h"
#include "wizard/profile.h"

namespace sg::test {

namespace {

using json = nlohmann::json;

scan_result sample_scan() {
    scan_result s;
    s.target = "snapshot /tmp/x.reg";
    s.machine_name = "SQLPROD01";
    s.product = product_type::server;
    s.product_type_raw = "ServerNT";
    s.os_name = "Windows Server 2022 Standard";
    s.os_build = "20348";
    s.sql_instances = {{"SQLEXPRESS", "MSSQL16.SQLEXPRESS", true, "MSSQL$SQLEXPRESS"},
                       {"MSSQLSERVER", "MSSQL16.MSSQLSERVER", std::nullopt, "MSSQLSERVER"}};
    s.services = {{"MSSQL$SQLEXPRESS", "SQL Server (SQLEXPRESS)", service_start::automatic}};
    s.roles = {{role_id::sql_named_pipes, {"MSSQL16.SQLEXPRESS\\MSSQLServer\\SuperSocketNetLib\\Np"}}};
    setting_state anon;
    anon.setting_id = "RestrictAnonymous";
    anon.key = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa";
    anon.status = value_status::present;
    anon.value = reg_value::dword(0);
    setting_state pipes;
    pipes.setting_id = "NullSessionPipes";
    pipes.key = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters";
    pipes.status = value_status::present;
    pipes.value = reg_value::multi_string({"netlogon", "samr"});
    setting_state sam;
    sam.setting_id = "RestrictRemoteSAM";
    sam.status = value_status::wrong_type;
    sam.value = reg_value{reg_type::binary, {0x01, 0xab}};
    setting_state shares;
    shares.setting_id = "NullSessionShares";
    shares.status = value_status::absent;
    s.settings = {anon, pipes, sam, shares};
    return s;
}

plan sample_plan() {
    plan p;
    p.target = "snapshot /tmp/x.reg";
    p.machine_name = "SQLPROD01";
    p.profile_name = "sql-server-host";
    p.strat = strategy::restrict;
    p.warnings = {warning_code::ipc_stays};
    planned_change anon;
    anon.setting_id = "RestrictAnonymous";
    anon.key = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa";
    anon.value_name = "RestrictAnonymous";
    anon.current_status = value_status::present;
    anon.current = reg_value::dword(0);
    anon.desired = reg_value::dword(1);
    anon.action = change_action::change;
    anon.risk = risk_level::medium;
    anon.affected_roles = {role_id::computer_browser};
    anon.why = reason{reason_code::anonymous_baseline, {}, {"STIG WN10-SO-000150"}, ""};
    planned_change same;
    same.setting_id = "RestrictAnonymousSAM";
    same.value_name = "RestrictAnonymousSAM";
    same.current_status = value_status::present;
    same.current = reg_value::dword(1);
    same.desired = reg_value::dword(1);
    same.action = change_action::none;
    planned_change shares;
    shares.setting_id = "NullSessionShares";
    shares.value_name = "NullSessionShares";
    shares.current_status = value_status::present;
    shares.current = reg_value::multi_string({"COMCFG"});
    shares.desired = std::nullopt;
    shares.action = change_action::remove;
    p.changes = {anon, same, shares};
    return p;
}

}  // namespace

TEST_SUITE("json_output") {

TEST_CASE("scan_to_json: schema, kind, machine facts, typed values") {
    auto j = json::parse(scan_to_json(sample_scan()));
    CHECK(j["schema"] == "shareguard/1");
    CHECK(j["kind"] == "scan");
    CHECK(j["machine"] == "SQLPROD01");
    CHECK(j["product"] == "server");
    CHECK(j["os"]["name"] == "Windows Server 2022 Standard");
    REQUIRE(j["sql_instances"].size() == 2);
    CHECK(j["sql_instances"][0]["named_pipes_enabled"] == true);
    CHECK(j["sql_instances"][1]["named_pipes_enabled"].is_null());
    CHECK(j["services"][0]["start"] == "automatic");
    CHECK(j["roles"][0]["role"] == "sql_named_pipes");

    const auto& settings = j["settings"];
    REQUIRE(settings.size() == 4);
    CHECK(settings[0]["setting"] == "RestrictAnonymous");
    CHECK(settings[0]["value_name"] == "RestrictAnonymous");
    CHECK(settings[0]["status"] == "present");
    CHECK(settings[0]["value"]["type"] == "REG_DWORD");
    CHECK(settings[0]["value"]["data"] == 0);
    CHECK(settings[1]["value"]["type"] == "REG_MULTI_SZ");
    CHECK(settings[1]["value"]["data"] == json::array({"netlogon", "samr"}));
    CHECK(settings[2]["status"] == "wrong_type");
    CHECK(settings[2]["value"]["hex"] == "01ab");
    CHECK(settings[3]["status"] == "absent");
    CHECK(settings[3]["value"].is_null());
}

TEST_CASE("plan_to_json: every row with current, desired, action and reason codes") {
    auto j = json::parse(plan_to_json(sample_plan()));
    CHECK(j["schema"] == "shareguard/1");
    CHECK(j["kind"] == "plan");
    CHECK(j["profile"] == "sql-server-host");
    CHECK(j["strategy"] == "restrict");
    CHECK(j["warnings"] == json::array({"ipc_stays"}));
    REQUIRE(j["changes"].size() == 3);
    const auto& first = j["changes"][0];
    CHECK(first["action"] == "change");
    CHECK(first["current"]["data"] == 0);
    CHECK(first["desired"]["data"] == 1);
    CHECK(first["risk"] == "medium");
    CHECK(first["reason"]["code"] == "anonymous_baseline");
    CHECK(first["reason"]["params"] == json::array({"STIG WN10-SO-000150"}));
    CHECK(first["affected_roles"] == json::array({"computer_browser"}));
    CHECK(j["changes"][2]["action"] == "remove");
    CHECK(j["changes"][2]["desired"].is_null());
    CHECK(j["pending"] == 2);
}

TEST_CASE("check_to_json: compliant rows are the rows with nothing to write") {
    auto j = json::parse(check_to_json(sample_plan()));
    CHECK(j["kind"] == "check");
    CHECK(j["compliant"] == false);
    CHECK(j["not_compliant_count"] == 2);
    CHECK(j["settings"][0]["compliant"] == false);
    CHECK(j["settings"][1]["compliant"] == true);

    plan done = sample_plan();
    done.changes.erase(done.changes.begin());
    done.changes.pop_back();
    auto k = json::parse(check_to_json(done));
    CHECK(k["compliant"] == true);
    CHECK(k["not_compliant_count"] == 0);
}

TEST_CASE("run_report_to_json: status, backup, outcomes; the kind names the action") {
    run_report r;
    r.status = run_status::rollback_failed;
    r.backup = "/var/backups/b.reg";
    r.restart = restart_need::server_service;
    r.error = "write failed";
    r.results = {{"RestrictAnonymous", "HKLM\\x", "RestrictAnonymous", write_outcome::rollback_failed, "denied"},
                 {"SMB1", "HKLM\\y", "SMB1", write_outcome::not_attempted, ""}};
    auto j = json::parse(run_report_to_json(r, "apply"));
    CHECK(j["schema"] == "shareguard/1");
    CHECK(j["kind"] == "apply");
    CHECK(j["status"] == "rollback_failed");
    CHECK(j["backup"] == "/var/backups/b.reg");
    CHECK(j["restart"] == "server_service");
    CHECK(j["results"][0]["outcome"] == "rollback_failed");
    CHECK(j["results"][0]["error"] == "denied");
    CHECK(j["results"][1]["outcome"] == "not_attempted");
    CHECK_FALSE(j["results"][1].contains("error"));

    CHECK(json::parse(run_report_to_json(run_report{}))["kind"] == "run");
    CHECK(json::parse(run_report_to_json(run_report{}))["backup"].is_null());
}

TEST_CASE("recommendation_to_json: answers in question order and the profile's reasons") {
    answer_set answers;
    for (const auto& q : questions()) answers[q.id] = answer{};
    REQUIRE_FALSE(questions().empty());
    const auto& first_id = questions().front().id;
    answers[first_id] = answer{true, true, {"evidence"}};
    profile p;
    p.name = "recommended";
    p.strat = strategy::restrict;
    p.targets = {target{"RestrictAnonymous", reg_value::dword(1), reason{reason_code::anonymous_baseline, {}, {}, ""}},
                 target{"NullSessionShares", std::nullopt, reason{reason_code::custom_profile, {}, {}, "why not"}}};
    p.unmanaged = {unmanaged_setting{"SMB1", reason{reason_code::outside_scope, {}, {}, ""}}};
    auto j = json::parse(recommendation_to_json(answers, p));
    CHECK(j["kind"] == "recommendation");
    REQUIRE(j["answers"].size() == questions().size());
    CHECK(j["answers"][0]["question"] == std::string(id_of(first_id)));
    CHECK(j["answers"][0]["answer"] == true);
    CHECK(j["answers"][0]["from_detection"] == true);
    CHECK(j["profile"]["strategy"] == "restrict");
    CHECK(j["profile"]["targets"][0]["action"] == "set");
    CHECK(j["profile"]["targets"][1]["action"] == "delete");
    CHECK(j["profile"]["targets"][1]["reason"]["text"] == "why not");
    CHECK(j["profile"]["unmanaged"][0]["setting"] == "SMB1");

    auto summary = json::parse(profile_summary_to_json(p));
    CHECK(summary["kind"] == "profile");
    CHECK(summary["profile"]["name"] == "recommended");
}

TEST_CASE("invalid UTF-8 from a damaged snapshot still gives one valid document") {
    scan_result s = sample_scan();
    s.machine_name = std::string("BAD\xff\xfeNAME");
    auto text = scan_to_json(s);
    json parsed;
    CHECK_NOTHROW(parsed = json::parse(text));
    CHECK(parsed["kind"] == "scan");
}

}  // TEST_SUITE

}  // namespace sg::test
