// The demo snapshots drive every rule: each is scanned, answered with the
// defaults, recommended and planned, and checked against what its README row
// says ShareGuard must find. The preview text of each is a golden file.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "app/session/plans.h"
#include "app/text/render_text.h"
#include "support/golden_file.h"
#include "support/test_paths.h"
#include "wizard/platform.h"
#include "wizard/plan.h"
#include "wizard/recommendation.h"
#include "wizard/snapshot_registry.h"

using namespace sg;
using sg::test::check_golden;

namespace {

struct walk {
    scan_result scan;
    answer_set answers;
    profile prof;
    plan preview;
};

walk walk_demo(const std::string& file) {
    // Loaded from the file but labelled by name, so the golden text does not depend on the checkout path.
    auto doc = read_reg_file(sg::test::snapshots_dir() / file);
    snapshot_registry reg(std::move(doc), file);
    walk w;
    w.scan = scan(reg);
    w.answers = default_answers(w.scan);
    w.prof = recommend(w.answers, w.scan.product);
    w.preview = make_plan(w.scan, w.prof);
    return w;
}

const planned_change* row(const plan& p, std::string_view id) {
    for (const auto& c : p.changes)
        if (c.setting_id == id) return &c;
    return nullptr;
}

std::vector<std::string> pipes(const plan& p) {
    auto* c = row(p, "NullSessionPipes");
    REQUIRE(c);
    REQUIRE(c->desired);
    return c->desired->try_as_multi_string().value();
}

}  // namespace

TEST_SUITE("demo_snapshots") {
    TEST_CASE("sql-server.reg: SQL Server with named pipes on one instance -> restrict") {
        auto w = walk_demo("sql-server.reg");
        CHECK(w.scan.machine_name == "SQLPROD01");
        CHECK(w.scan.product == product_type::server);
        REQUIRE(w.scan.sql_instances.size() == 2);
        CHECK(w.scan.sql_instances[0].named_pipes_enabled == false);
        CHECK(w.scan.sql_instances[1].named_pipes_enabled == true);
        CHECK(w.answers.at(question_id::sql_named_pipes).yes);
        CHECK_FALSE(w.answers.at(question_id::remote_admin_shares).yes);
        CHECK_FALSE(w.answers.at(question_id::print_sharing).yes);
        CHECK(w.prof.strat == strategy::restrict);
        CHECK(row(w.preview, "RestrictAnonymous")->action == change_action::change);
        CHECK(row(w.preview, "RestrictAnonymousSAM")->action == change_action::none);
        CHECK(row(w.preview, "AutoShareServer")->action == change_action::create);
        CHECK(pipes(w.preview).empty());
        check_golden("preview-sql-server.txt", text::render_plan(w.preview));
    }

    TEST_CASE("workstation-win11.reg: nothing depends on shares -> block with AutoShareWks") {
        auto w = walk_demo("workstation-win11.reg");
        CHECK(w.scan.product == product_type::workstation);
        CHECK(w.scan.os_name.rfind("Windows 11", 0) == 0);
        CHECK(w.prof.strat == strategy::block);
        CHECK(w.prof.find_target("AutoShareWks")->why.code == reason_code::no_share_dependency);
        CHECK(row(w.preview, "AutoShareWks")->desired == reg_value::dword(0));
        CHECK(row(w.preview, "RestrictRemoteSAM")->action == change_action::none);
        check_golden("preview-workstation-win11.txt", text::render_plan(w.preview));
    }

    TEST_CASE("domain-controller.reg: offline hive, Select\\Current decides -> restrict, DC pipes kept") {
        auto w = walk_demo("domain-controller.reg");
        CHECK(w.scan.machine_name == "DC01");  // ControlSet002 says WIN-8K2JQ4R7T1M
        CHECK(w.scan.product == product_type::domain_controller);
        CHECK(w.scan.state_of("AutoShareServer")->status == value_status::absent);  // ControlSet002 has 0
        CHECK(w.answers.at(question_id::domain_controller).yes);
        CHECK(w.answers.at(question_id::dfs).yes);
        CHECK(w.prof.strat == strategy::restrict);
        CHECK(pipes(w.preview) == std::vector<std::string>{"netlogon", "samr", "lsarpc"});
        CHECK(row(w.preview, "RestrictRemoteSAM") == nullptr);
        check_golden("preview-domain-controller.txt", text::render_plan(w.preview));
    }

    TEST_CASE("rds-licensing.reg: licensing pipes added -> restrict") {
        auto w = walk_demo("rds-licensing.reg");
        CHECK(w.answers.at(question_id::rds_licensing).yes);
        CHECK(w.prof.strat == strategy::restrict);
        CHECK(pipes(w.preview) == std::vector<std::string>{"HydraLSPipe", "TermServLicensing"});
        CHECK(row(w.preview, "NullSessionPipes")->action == change_action::change);
        CHECK(row(w.preview, "RestrictAnonymous")->action == change_action::none);
        CHECK(row(w.preview, "SMB1")->action == change_action::none);
        check_golden("preview-rds-licensing.txt", text::render_plan(w.preview));
    }

    TEST_CASE("plain-server.reg: nothing depends on shares -> block, RestrictAnonymous created") {
        auto w = walk_demo("plain-server.reg");
        CHECK(w.scan.product == product_type::server);
        CHECK(w.prof.strat == strategy::block);
        CHECK_FALSE(w.scan.has_role(role_id::print_spooler));  // disabled spooler is no evidence
        CHECK(row(w.preview, "RestrictAnonymous")->action == change_action::create);
        CHECK(row(w.preview, "AutoShareServer")->desired == reg_value::dword(0));
        CHECK(row(w.preview, "AutoShareServer")->risk == risk_level::medium);
        check_golden("preview-plain-server.txt", text::render_plan(w.preview));
    }

    TEST_CASE("file-print-server.reg: shared printers, DFS, SCCM and PsExec -> restrict, shares back on") {
        auto w = walk_demo("file-print-server.reg");
        CHECK(w.scan.shared_printers.size() == 2);
        CHECK(w.answers.at(question_id::print_sharing).yes);
        CHECK(w.answers.at(question_id::remote_admin_shares).yes);
        CHECK(w.answers.at(question_id::dfs).yes);
        CHECK_FALSE(w.answers.at(question_id::computer_browser).yes);  // disabled
        CHECK(w.prof.strat == strategy::restrict);
        // AutoShareServer=0 today conflicts with SCCM push and PsExec: restrict turns the shares back on.
        CHECK(row(w.preview, "AutoShareServer")->current == reg_value::dword(0));
        CHECK(row(w.preview, "AutoShareServer")->desired == reg_value::dword(1));
        CHECK(row(w.preview, "SMB1")->current == reg_value::dword(1));
        CHECK(row(w.preview, "SMB1")->desired == reg_value::dword(0));
        check_golden("preview-file-print-server.txt", text::render_plan(w.preview));
    }

    TEST_CASE("legacy-regedit4.reg: REGEDIT4, cluster, Exchange, Oracle, RestrictAnonymous=2 -> restrict") {
        auto w = walk_demo("legacy-regedit4.reg");
        CHECK(w.scan.has_role(role_id::failover_cluster));
        CHECK(w.scan.has_role(role_id::exchange));
        CHECK(w.scan.has_role(role_id::oracle));
        CHECK(w.answers.at(question_id::failover_cluster).yes);
        CHECK(w.answers.at(question_id::remote_sam_enumeration).yes);
        CHECK_FALSE(w.answers.at(question_id::oracle_named_pipes).yes);
        CHECK_FALSE(w.answers.at(question_id::oracle_named_pipes).evidence.empty());
        CHECK(w.prof.strat == strategy::restrict);
        CHECK(row(w.preview, "RestrictAnonymous")->current == reg_value::dword(2));
        CHECK(row(w.preview, "RestrictAnonymous")->desired == reg_value::dword(1));
        CHECK(pipes(w.preview).empty());
        CHECK(row(w.preview, "NullSessionShares")->action == change_action::change);
        CHECK(row(w.preview, "RestrictRemoteSAM") == nullptr);  // Exchange: left alone
        check_golden("preview-legacy-regedit4.txt", text::render_plan(w.preview));
    }

    TEST_CASE("every older demo is a domain member exported without policy keys: ownership unknown, said once") {
        for (const char* file : {"sql-server.reg", "workstation-win11.reg", "domain-controller.reg", "rds-licensing.reg",
                                 "plain-server.reg", "file-print-server.reg", "legacy-regedit4.reg"}) {
            CAPTURE(file);
            auto w = walk_demo(file);
            for (const auto& o : w.scan.ownership.values) CHECK(o.owner == policy_owner::unknown);
            CHECK(std::count(w.preview.warnings.begin(), w.preview.warnings.end(),
                             warning_code::policy_ownership_unknown) == 1);
            CHECK(session::managed_rows_of(w.preview).empty());  // unknown rows stay ticked
        }
    }

    TEST_CASE("gpo-member-server.reg: security GPOs in History -> Lsa values Group Policy's, left unticked") {
        auto w = walk_demo("gpo-member-server.reg");
        CHECK(w.scan.machine_name == "APP-HR-02");
        CHECK(w.prof.strat == strategy::block);
        REQUIRE(w.scan.ownership.security_gpos.size() == 3);
        CHECK(w.scan.ownership.security_gpos[1].display_name == "Contoso Member Server Baseline");
        const auto applied = session::plan_to_apply(w.scan, w.prof);
        // The legacy GPO's EveryoneIncludesAnonymous=1: the profile wants 0, the row is the GPO's.
        const auto* everyone = row(applied, "EveryoneIncludesAnonymous");
        CHECK(everyone->action == change_action::change);
        CHECK(everyone->ownership.owner == policy_owner::gpo);
        CHECK_FALSE(everyone->ownership.certain);  // a registry export cannot say which GPO sets which value
        CHECK_FALSE(everyone->selected);
        CHECK(row(applied, "RestrictAnonymous")->action == change_action::none);  // 1 already: compliant by policy
        CHECK(row(applied, "RestrictAnonymous")->ownership.managed());
        // No Registry.pol GPO in History: the admin-share value is ShareGuard's to write.
        CHECK(row(applied, "AutoShareServer")->ownership.owner == policy_owner::none);
        CHECK(row(applied, "AutoShareServer")->selected);
        CHECK(std::count(applied.warnings.begin(), applied.warnings.end(), warning_code::policy_ownership_unknown) == 0);
        check_golden("preview-gpo-member-server.txt", text::render_plan(applied));
    }

    TEST_CASE("intune-workstation.reg: PolicyManager winning provider -> RestrictAnonymous and RestrictRemoteSAM MDM's") {
        auto w = walk_demo("intune-workstation.reg");
        CHECK(w.scan.product == product_type::workstation);
        CHECK(w.scan.ownership.domain_hints.empty());  // Entra ID joined: no AD domain
        const auto applied = session::plan_to_apply(w.scan, w.prof);
        for (const char* id : {"RestrictAnonymous", "RestrictRemoteSAM"}) {
            const auto* c = row(applied, id);
            CAPTURE(id);
            REQUIRE(c);
            CHECK(c->ownership.owner == policy_owner::mdm);
            CHECK(c->ownership.certain);
            CHECK(c->ownership.mdm_provider == "MS DM Server");
            CHECK(c->action == change_action::none);
        }
        CHECK(row(applied, "EveryoneIncludesAnonymous")->ownership.owner == policy_owner::none);  // no CSP node
        CHECK(row(applied, "AutoShareWks")->selected);
        check_golden("preview-intune-workstation.txt", text::render_plan(applied));
    }
}
