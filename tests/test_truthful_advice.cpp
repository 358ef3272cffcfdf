// Issue "truthful advice": what ShareGuard tells the administrator must be true
// for the machine in front of it. Each case pins one point: block breaks only
// what uses ADMIN$/C$, a write that changes nothing needs no restart, SMBv1's
// reboot depends on whether it is installed, detection proof beats an answer,
// the legacy answer says when it goes below Windows' default, STIG ids follow
// the OS family, and a stopped Server service defers every share setting.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "app/text/describe.h"
#include "wizard/json_output.h"
#include "wizard/plan.h"
#include "wizard/recommendation.h"

using namespace sg;

namespace {

answer_set answers_with(std::initializer_list<question_id> yes_ids) {
    answer_set a;
    for (const auto& q : questions()) a[q.id] = answer{};
    for (auto id : yes_ids) a[id].yes = true;
    return a;
}

/// A scanned machine on which every catalog value is absent.
scan_result machine(product_type product, std::string build) {
    scan_result scan;
    scan.target = "snapshot test.reg";
    scan.product = product;
    scan.os_build = std::move(build);
    for (const auto& s : catalog()) scan.settings.push_back({s.id, s.key, value_status::absent, std::nullopt, {}});
    if (product == product_type::domain_controller)
        scan.roles.push_back({role_id::domain_controller, {"ProductType LanmanNT"}, true});
    return scan;
}

void set_current(scan_result& scan, std::string_view id, reg_value v) {
    for (auto& s : scan.settings)
        if (s.setting_id == id) {
            s.status = value_status::present;
            s.value = std::move(v);
        }
}

const planned_change& row(const plan& p, std::string_view id) {
    for (const auto& c : p.changes)
        if (c.setting_id == id) return c;
    FAIL("no row for " << id);
    throw std::logic_error("unreachable");
}

const target* find(const profile& p, std::string_view id) { return p.find_target(id); }

template <typename T, typename U>
bool has(const std::vector<T>& v, const U& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

profile custom(std::vector<target> targets) {
    profile p;
    p.name = "custom";
    p.targets = std::move(targets);
    return p;
}

}  // namespace

TEST_SUITE("truthful_advice") {
    TEST_CASE("1. named pipes go through IPC$, which block leaves: restrict is a policy choice") {
        auto p = recommend(answers_with({question_id::sql_named_pipes}), product_type::server);
        CHECK(p.strat == strategy::restrict);
        CHECK(find(p, "AutoShareServer")->why.code == reason_code::keep_shares_policy);
        const std::string why = text::reason_text(find(p, "AutoShareServer")->why);
        CHECK(why.find("policy choice") != std::string::npos);
        CHECK(why.find("would not touch IPC$") != std::string::npos);

        // Block on the same machine: nothing the SQL answer depends on breaks.
        auto forced = recommend(answers_with({question_id::sql_named_pipes}), product_type::server, strategy::block);
        CHECK(find(forced, "AutoShareServer")->why.code == reason_code::forced_block_ipc_unaffected);
        CHECK_FALSE(has(forced.warnings, warning_code::breaks_admin_shares));
        CHECK(answers_broken_by(strategy::block, answers_with({question_id::sql_named_pipes, question_id::print_sharing,
                                                               question_id::dfs}))
                  .empty());
        // What uses ADMIN$/C$ does break, and only with block.
        CHECK(answers_broken_by(strategy::block,
                                answers_with({question_id::remote_admin_shares, question_id::sql_named_pipes})) ==
              std::vector<question_id>{question_id::remote_admin_shares});
        CHECK(answers_broken_by(strategy::restrict, answers_with({question_id::remote_admin_shares})).empty());

        // The block reason states its benefit and its costs, with sources.
        auto blocked = recommend(answers_with({}), product_type::server);
        const std::string block_why = text::reason_text(find(blocked, "AutoShareServer")->why);
        CHECK(block_why.find("T1021.002") != std::string::npos);
        CHECK(block_why.find("T1070.005") != std::string::npos);
        CHECK(block_why.find("KB954422") != std::string::npos);
    }

    TEST_CASE("1. the JSON affected_roles of block agree with the catalog: SQL is never among them") {
        auto scan = machine(product_type::server, "20348");
        scan.roles.push_back({role_id::sql_named_pipes, {"Np\\Enabled = 1"}, false});
        scan.roles.push_back({role_id::sccm_client, {"service CcmExec"}, false});
        auto p = make_plan(
            scan, recommend(answers_with({question_id::sql_named_pipes}), product_type::server, strategy::block));
        CHECK(row(p, "AutoShareServer").affected_roles == std::vector<role_id>{role_id::sccm_client});
        CHECK(plan_to_json(p).find("\"affected_roles\": [\n        \"sql") == std::string::npos);
    }

    TEST_CASE("2. absent -> 1 for AutoShare* is an explicit value with no effect: no restart, no risk") {
        auto scan = machine(product_type::server, "20348");
        auto p = make_plan(scan, recommend(answers_with({question_id::sql_named_pipes}), product_type::server));
        const auto& share = row(p, "AutoShareServer");
        CHECK(share.action == change_action::create);
        CHECK(share.effect == change_effect::none);
        CHECK(share.restart == restart_need::none);
        CHECK(share.risk == risk_level::low);
        // NullSessionShares absent -> {} also changes nothing on a member server.
        CHECK(row(p, "NullSessionShares").effect == change_effect::none);
        // A real change still needs its restart.
        auto blocked = make_plan(scan, recommend(answers_with({}), product_type::server));
        CHECK(row(blocked, "AutoShareServer").effect == change_effect::changes);
        CHECK(row(blocked, "AutoShareServer").restart == restart_need::server_service);
        CHECK(plan_to_json(p).find("\"effect\": \"none\"") != std::string::npos);
    }

    TEST_CASE("2. the restart summary counts only rows that change what Windows does") {
        auto scan = machine(product_type::server, "20348");
        scan.smb1_server.state = feature_state::not_installed;
        auto p = make_plan(scan, custom({{"AutoShareServer", reg_value::dword(1), {}},
                                         {"SMB1", reg_value::dword(0), {}}}));
        CHECK(p.pending().size() == 2);
        CHECK(p.strongest_restart() == restart_need::none);
    }

    TEST_CASE("3. SMBv1: the build tells on a snapshot only before 16299") {
        for (auto [build, expected] : {std::pair{"14393", feature_state::installed},
                                       std::pair{"17763", feature_state::unknown},
                                       std::pair{"20348", feature_state::unknown}}) {
            CAPTURE(build);
            // scan() itself fills smb1_server: use a snapshot-free check through a tiny registry.
            auto scan = machine(product_type::server, build);
            scan.smb1_server.state = expected;  // as detect_smb1_server decides (tested in detection)
            auto p = make_plan(scan, custom({{"SMB1", reg_value::dword(0), {}}}));
            const auto& r = row(p, "SMB1");
            if (expected == feature_state::installed) {
                CHECK(r.effect == change_effect::changes);
                CHECK(r.restart == restart_need::reboot);
            } else {
                CHECK(r.effect == change_effect::unknown);
                CHECK(r.restart == restart_need::reboot_if_smb1_installed);
                CHECK(text::restart_text(r.restart).find("only if the SMBv1 server is installed") != std::string::npos);
            }
        }
        auto none = machine(product_type::server, "20348");
        none.smb1_server.state = feature_state::not_installed;
        const auto none_plan = make_plan(none, custom({{"SMB1", reg_value::dword(0), {}}}));
        const auto& r = row(none_plan, "SMB1");  // the plan must outlive the row
        CHECK(r.effect == change_effect::none);
        CHECK(r.restart == restart_need::none);
    }

    TEST_CASE("3. SMBv1 STIG items follow the OS family") {
        auto s2016 = machine(product_type::server, "14393");
        s2016.family = os_family::server2016;
        auto p = make_plan(s2016, custom({{"SMB1", reg_value::dword(0), {}}}));
        REQUIRE(row(p, "SMB1").baselines.size() == 1);
        CHECK(row(p, "SMB1").baselines.front()->id == "WN16-00-000411 (V-224857)");
        auto s2025 = machine(product_type::server, "26100");
        s2025.family = os_family::server2025;
        CHECK(row(make_plan(s2025, custom({{"SMB1", reg_value::dword(0), {}}})), "SMB1").baselines.empty());
    }

    TEST_CASE("4. a LanmanNT machine is a domain controller whatever the answer says") {
        answer_set a = answers_with({});
        a[question_id::domain_controller].yes = false;
        auto p = recommend(a, product_type::domain_controller);
        const auto* pipes = find(p, "NullSessionPipes");
        REQUIRE(pipes->value);
        CHECK(pipes->value->try_as_multi_string() == std::vector<std::string>{"netlogon", "samr", "lsarpc"});
        CHECK(pipes->why.code == reason_code::pipes_for_proven_dc);
        CHECK(pipes->why.answers.empty());  // a reason never cites a "no"

        // A custom profile that empties the pipes: high risk, the proven role named.
        auto dc = machine(product_type::domain_controller, "20348");
        auto plan_ = make_plan(dc, custom({{"NullSessionPipes", reg_value::multi_string({}), {}}}));
        const auto& r = row(plan_, "NullSessionPipes");
        CHECK(r.effect == change_effect::changes);
        CHECK(r.risk == risk_level::high);
        CHECK(r.affected_roles == std::vector<role_id>{role_id::domain_controller});
        CHECK(r.breaks_proven_role);
        CHECK(plan_.breaking_proven_roles().size() == 1);
    }

    TEST_CASE("5. the legacy answer keeps what NT 4.0 needs and says where it is below Windows' default") {
        auto p = recommend(answers_with({question_id::legacy_anonymous}), product_type::server);
        CHECK(find(p, "RestrictAnonymous")->why.code == reason_code::legacy_keeps_default);
        CHECK(find(p, "RestrictAnonymousSAM")->value == reg_value::dword(0));
        CHECK(find(p, "RestrictAnonymousSAM")->why.code == reason_code::legacy_below_default);
        CHECK(text::reason_text(find(p, "RestrictAnonymousSAM")->why).find("weaker than Windows' default") !=
              std::string::npos);
        CHECK(has(p.warnings, warning_code::weaker_than_default));
        auto pipes = find(p, "NullSessionPipes")->value->try_as_multi_string().value();
        for (const char* name : {"netlogon", "lsarpc", "samr"}) CHECK(has(pipes, name));
    }

    TEST_CASE("6. STIG ids per OS family and role") {
        auto win11 = machine(product_type::workstation, "22631");
        win11.family = os_family::windows11;
        auto s2022 = machine(product_type::server, "20348");
        s2022.family = os_family::server2022;
        auto dc2022 = machine(product_type::domain_controller, "20348");
        dc2022.family = os_family::server2022;
        const auto sam = custom({{"RestrictRemoteSAM", reg_value::string("O:BAG:BAD:(A;;RC;;;BA)"), {}}});
        CHECK(row(make_plan(win11, sam), "RestrictRemoteSAM").baselines.front()->id == "WN11-SO-000167 (V-253457)");
        CHECK(row(make_plan(s2022, sam), "RestrictRemoteSAM").baselines.front()->id == "WN22-MS-000060 (V-254433)");
        CHECK(row(make_plan(dc2022, sam), "RestrictRemoteSAM").baselines.empty());  // member servers only
        // V-253457 is a Windows 11 item: never cited on a server.
        CHECK(text::baselines_text(row(make_plan(s2022, sam), "RestrictRemoteSAM").baselines).find("V-253457") ==
              std::string::npos);
    }

    TEST_CASE("6. a legacy RestrictAnonymous=2 is flagged when it is changed") {
        auto scan = machine(product_type::server, "20348");
        set_current(scan, "RestrictAnonymous", reg_value::dword(2));
        auto p = make_plan(scan, custom({{"RestrictAnonymous", reg_value::dword(1), {}}}));
        CHECK(row(p, "RestrictAnonymous").notices ==
              std::vector<notice_code>{notice_code::legacy_restrict_anonymous_2});
    }

    TEST_CASE("8. a disabled Server service: no share at all; share settings wait for it") {
        auto scan = machine(product_type::server, "20348");
        scan.server_service.state = service_state::disabled;
        auto p = make_plan(scan, recommend(answers_with({}), product_type::server));
        CHECK(has(p.warnings, warning_code::server_service_off));
        CHECK(row(p, "AutoShareServer").effect == change_effect::deferred);
        CHECK(row(p, "AutoShareServer").restart == restart_need::none);
        CHECK(row(p, "RestrictAnonymous").effect == change_effect::changes);  // an Lsa value still applies
        CHECK(text::warning_text(warning_code::server_service_off).find("IPC$ included") != std::string::npos);
    }
}
