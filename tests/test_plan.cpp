#include <doctest/doctest.h>

#include "wizard/plan.h"
#include "wizard/recommendation.h"

using namespace sg;

namespace {

setting_state state(std::string id, value_status status, std::optional<reg_value> v = std::nullopt) {
    setting_state s;
    s.setting_id = id;
    s.key = find_setting(id)->key;
    s.status = status;
    s.value = std::move(v);
    return s;
}

profile profile_of(std::vector<target> targets, strategy strat = strategy::restrict) {
    profile p;
    p.name = "test";
    p.strat = strat;
    p.targets = std::move(targets);
    p.warnings = {warning_code::ipc_stays};
    return p;
}

target set(std::string id, reg_value v) {
    return target{std::move(id), std::move(v), reason{reason_code::custom_profile, {}, {}, {}}};
}

const planned_change& row(const plan& p, std::string_view id) {
    for (const auto& c : p.changes)
        if (c.setting_id == id) return c;
    FAIL("no row for " << id);
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_SUITE("plan") {
    TEST_CASE("create, change, no change, delete and wrong type") {
        scan_result scan;
        scan.target = "snapshot x.reg";
        scan.machine_name = "HOST";
        scan.settings = {state("AutoShareServer", value_status::absent),
                         state("RestrictAnonymous", value_status::present, reg_value::dword(0)),
                         state("RestrictAnonymousSAM", value_status::present, reg_value::dword(1)),
                         state("NullSessionShares", value_status::present, reg_value::multi_string({"COMCFG"})),
                         state("SMB1", value_status::wrong_type, reg_value::string("0"))};
        auto p = make_plan(scan, profile_of({set("AutoShareServer", reg_value::dword(0)),
                                             set("RestrictAnonymous", reg_value::dword(1)),
                                             set("RestrictAnonymousSAM", reg_value::dword(1)),
                                             target{"NullSessionShares", std::nullopt, reason{}},
                                             set("SMB1", reg_value::dword(0))}));
        CHECK(p.target == "snapshot x.reg");
        CHECK(p.machine_name == "HOST");
        CHECK(p.warnings == std::vector<warning_code>{warning_code::ipc_stays});
        CHECK(row(p, "AutoShareServer").action == change_action::create);
        CHECK(row(p, "AutoShareServer").restart == restart_need::server_service);
        CHECK(row(p, "AutoShareServer").value_name == "AutoShareServer");
        CHECK(row(p, "RestrictAnonymous").action == change_action::change);
        CHECK(row(p, "RestrictAnonymous").current == reg_value::dword(0));
        CHECK(row(p, "RestrictAnonymousSAM").action == change_action::none);
        CHECK(row(p, "RestrictAnonymousSAM").restart == restart_need::none);
        CHECK(row(p, "NullSessionShares").action == change_action::remove);
        CHECK(row(p, "SMB1").action == change_action::change);
        CHECK(row(p, "SMB1").current_status == value_status::wrong_type);
        CHECK(p.pending().size() == 4);
        // The scan does not know whether the SMBv1 server is installed.
        CHECK(p.strongest_restart() == restart_need::reboot_if_smb1_installed);
        scan.smb1_server.state = feature_state::installed;
        CHECK(make_plan(scan, profile_of({set("SMB1", reg_value::dword(0))})).strongest_restart() ==
              restart_need::reboot);
    }

    TEST_CASE("an empty multi-string stored as 0, 2 or 4 bytes is the same list") {
        for (std::vector<std::uint8_t> bytes : {std::vector<std::uint8_t>{}, std::vector<std::uint8_t>{0, 0},
                                                std::vector<std::uint8_t>{0, 0, 0, 0}}) {
            scan_result scan;
            scan.settings = {state("NullSessionPipes", value_status::present, reg_value{reg_type::multi_sz, bytes})};
            auto p = make_plan(scan, profile_of({set("NullSessionPipes", reg_value::multi_string({}))}));
            CHECK(row(p, "NullSessionPipes").action == change_action::none);
        }
    }

    TEST_CASE("risk: high when a detected role can break, medium when hardening, low when loosening") {
        scan_result scan;
        scan.roles = {{role_id::psexec, {"service PSEXESVC"}}};
        scan.settings = {state("AutoShareServer", value_status::absent), state("AutoShareWks", value_status::absent),
                         state("RestrictAnonymous", value_status::present, reg_value::dword(0)),
                         state("NullSessionPipes", value_status::present, reg_value::multi_string({"x"}))};
        auto p = make_plan(scan, profile_of({set("AutoShareServer", reg_value::dword(0)),
                                             set("AutoShareWks", reg_value::dword(1)),
                                             set("RestrictAnonymous", reg_value::dword(1)),
                                             set("NullSessionPipes", reg_value::multi_string({"x", "y"}))}));
        CHECK(row(p, "AutoShareServer").risk == risk_level::high);
        CHECK(row(p, "AutoShareServer").affected_roles == std::vector<role_id>{role_id::psexec});
        CHECK(row(p, "AutoShareWks").risk == risk_level::low);
        CHECK(row(p, "RestrictAnonymous").risk == risk_level::medium);
        CHECK(row(p, "NullSessionPipes").risk == risk_level::low);  // adds a pipe: loosens
    }

    TEST_CASE("unticked rows are not pending") {
        scan_result scan;
        scan.settings = {state("AutoShareServer", value_status::absent), state("SMB1", value_status::absent)};
        auto p = make_plan(scan, profile_of({set("AutoShareServer", reg_value::dword(0)), set("SMB1", reg_value::dword(0))}));
        REQUIRE(p.pending().size() == 2);
        p.changes[1].selected = false;
        CHECK(p.pending().size() == 1);
        CHECK(p.strongest_restart() == restart_need::server_service);
    }

    TEST_CASE("a recommendation on a scan gives one row per target, in catalog order") {
        scan_result scan;
        for (const auto& s : catalog()) scan.settings.push_back(state(s.id, value_status::absent));
        auto prof = recommend(default_answers(scan), product_type::server);
        auto p = make_plan(scan, prof);
        CHECK(p.changes.size() == prof.targets.size());
        for (std::size_t i = 0; i < p.changes.size(); ++i) CHECK(p.changes[i].setting_id == prof.targets[i].setting_id);
        for (const auto& c : p.changes) CHECK(c.action == change_action::create);
    }
}
