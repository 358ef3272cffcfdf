// What a plan, the JSON, check, apply and the sentences do with a value a
// policy owns (ownership.h): the row is planned and compared, starts unticked,
// is never written unticked (outcome left_to_policy), and says who owns it.
#include <doctest/doctest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/session/plans.h"
#include "app/text/render_text.h"
#include "support/snapshot_text.h"
#include "support/temp_folder.h"
#include "wizard/apply.h"
#include "wizard/json_output.h"
#include "wizard/plan.h"
#include "wizard/recommendation.h"
#include "wizard/setting_card.h"

using namespace sg;
using nlohmann::json;

namespace {

// A member server: Lsa values under a security GPO (History), RestrictAnonymousSAM already 1.
const std::string member_server = R"([HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\ProductOptions]
"ProductType"="ServerNT"

[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Lsa]
"RestrictAnonymous"=dword:00000000
"RestrictAnonymousSAM"=dword:00000001

[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters]
"Domain"="corp.contoso.com"

[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Group Policy\History\{827D319E-6EAC-11D2-A4EA-00C04F79F83A}\0]
"DisplayName"="Contoso Member Server Baseline"
"GPOName"="{6AC1786C-016F-11D2-945F-00C04FB984F9}"

)";

struct machine {
    std::unique_ptr<snapshot_registry> reg = test::snapshot_from_text(member_server);
    scan_result scanned = scan(*reg);
    profile prof = recommend(default_answers(scanned), scanned.product);
};

const planned_change& row(const plan& p, std::string_view id) {
    for (const auto& c : p.changes)
        if (c.setting_id == id) return c;
    FAIL("no row " << id);
    throw std::logic_error("unreachable");
}

const json& setting_in(const json& list, std::string_view id) {
    for (const auto& s : list)
        if (s["setting"] == id) return s;
    FAIL("no entry " << id);
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_SUITE("managed_rows") {
    TEST_CASE("make_plan carries the owner and a notice; the row stays selected so check still compares it") {
        machine m;
        const auto p = make_plan(m.scanned, m.prof);
        const auto& ra = row(p, "RestrictAnonymous");
        CHECK(ra.action == change_action::change);
        CHECK(ra.ownership.owner == policy_owner::gpo);
        CHECK(ra.selected);
        CHECK(std::find(ra.notices.begin(), ra.notices.end(), notice_code::managed_by_gpo) != ra.notices.end());
        const auto& share = row(p, "AutoShareServer");
        CHECK(share.ownership.owner == policy_owner::none);
        CHECK(share.notices.empty());
    }

    TEST_CASE("plan_to_apply unticks managed rows unless they are included") {
        machine m;
        const auto p = session::plan_to_apply(m.scanned, m.prof);
        CHECK_FALSE(row(p, "RestrictAnonymous").selected);
        CHECK(row(p, "AutoShareServer").selected);
        // Every security option that would be written; RestrictAnonymousSAM (already 1) writes nothing.
        std::vector<std::string> managed;
        for (const auto* c : session::managed_rows_of(p)) managed.push_back(c->setting_id);
        CHECK(managed == std::vector<std::string>{"RestrictAnonymous", "EveryoneIncludesAnonymous",
                                                  "RestrictNullSessAccess", "NullSessionPipes", "NullSessionShares",
                                                  "RestrictRemoteSAM"});
        const auto included = session::plan_to_apply(m.scanned, m.prof, session::managed_rows::include);
        CHECK(row(included, "RestrictAnonymous").selected);
    }

    TEST_CASE("JSON: managed_by per value in scan, plan and check; check says compliant_by_policy") {
        machine m;
        const auto scan_doc = json::parse(scan_to_json(m.scanned));
        CHECK(setting_in(scan_doc["settings"], "RestrictAnonymous")["managed_by"] == "gpo");
        CHECK(setting_in(scan_doc["settings"], "AutoShareServer")["managed_by"] == "none");

        const auto plan_doc = json::parse(plan_to_json(session::plan_to_apply(m.scanned, m.prof)));
        const auto& ra = setting_in(plan_doc["changes"], "RestrictAnonymous");
        CHECK(ra["managed_by"] == "gpo");
        CHECK(ra["ownership"]["certain"] == false);
        CHECK(ra["ownership"]["gpo_names"] == json::array({"Contoso Member Server Baseline"}));
        CHECK(ra["ownership"]["evidence"][0]["basis"] == "security_gpos_in_history");
        CHECK(ra["selected"] == false);
        CHECK(ra["notices"] == json::array({"managed_by_gpo"}));

        const auto check_doc = json::parse(check_to_json(make_plan(m.scanned, m.prof)));
        const auto& sam = setting_in(check_doc["settings"], "RestrictAnonymousSAM");
        CHECK(sam["compliant"] == true);
        CHECK(sam["compliance"] == "compliant_by_policy");
        CHECK(sam["managed_by"] == "gpo");
        CHECK(setting_in(check_doc["settings"], "RestrictAnonymous")["compliance"] == "not_compliant");
        CHECK(setting_in(check_doc["settings"], "AutoShareServer")["compliance"] == "not_compliant");
        CHECK(check_doc["compliant_by_policy_count"] == 1);  // RestrictAnonymousSAM; the others are absent, not at target
        CHECK(check_doc["compliant"] == false);
    }

    TEST_CASE("apply leaves an unticked managed row as it is: outcome left_to_policy; the rest is written") {
        machine m;
        test::temp_folder folder;
        const auto p = session::plan_to_apply(m.scanned, m.prof);
        const auto report = apply_plan(*m.reg, p, {folder / "backups", "0.1.0-test", folder / "state" / "backup-hmac.key"});
        CHECK(report.status == run_status::success);
        bool left = false, written = false;
        for (const auto& r : report.results) {
            if (r.setting_id == "RestrictAnonymous") left = r.outcome == write_outcome::left_to_policy;
            if (r.setting_id == "AutoShareServer") written = r.outcome == write_outcome::written;
            if (r.setting_id == "RestrictAnonymousSAM") CHECK(r.outcome == write_outcome::unchanged);
        }
        CHECK(left);
        CHECK(written);
        CHECK(m.reg->find_value(test::lsa_key, "RestrictAnonymous") == reg_value::dword(0));
        const auto doc = json::parse(run_report_to_json(report, "apply"));
        CHECK(setting_in(doc["results"], "RestrictAnonymous")["outcome"] == "left_to_policy");
        const auto text = text::render_run_report(report);
        CHECK(text.find("left as it is: a policy owns it") != std::string::npos);
        CHECK(text.find("--include-managed") != std::string::npos);
        // The status line (both front ends, the wizard's Apply and Finish pages) does not say "all".
        CHECK(text::run_status_line(report) == "The other changes are written and verified; " +
                                                   std::to_string(text::left_to_policy_count(report)) +
                                                   " values owned by a policy are left as they are.");
        CHECK(text.find("All changes written and verified") == std::string::npos);
    }

    TEST_CASE("a ticked managed row (included) is written: the administrator chose it") {
        machine m;
        test::temp_folder folder;
        const auto p = session::plan_to_apply(m.scanned, m.prof, session::managed_rows::include);
        const auto report = apply_plan(*m.reg, p, {folder / "backups", "0.1.0-test", folder / "state" / "backup-hmac.key"});
        CHECK(m.reg->find_value(test::lsa_key, "RestrictAnonymous") == reg_value::dword(1));
        for (const auto& r : report.results) CHECK(r.outcome != write_outcome::left_to_policy);
    }

    TEST_CASE("nothing but managed rows to write: nothing_to_do, but the report does not claim every value has its target") {
        machine m;
        profile only_ra;
        only_ra.name = "only-ra";
        only_ra.targets.push_back({"RestrictAnonymous", reg_value::dword(1), {}});
        test::temp_folder folder;
        const auto report = apply_plan(*m.reg, session::plan_to_apply(m.scanned, only_ra),
                                       {folder / "backups", "0.1.0-test", folder / "state" / "backup-hmac.key"});
        CHECK(report.status == run_status::nothing_to_do);
        const auto text = text::render_run_report(report);
        CHECK(text.find("every value already has its target") == std::string::npos);
        CHECK(text.find("owned by a policy") != std::string::npos);
        CHECK(text::left_to_policy_count(report) == 1);
    }

    TEST_CASE("the preview and the card say who owns it and what a local change meets") {
        machine m;
        const auto p = session::plan_to_apply(m.scanned, m.prof);
        const auto preview = text::render_plan(p);
        CHECK(preview.find("possibly owned by Group Policy: Group Policy History names GPOs \"Contoso Member Server "
                           "Baseline\" that apply security settings") != std::string::npos);
        CHECK(preview.find("[unticked: will not be written]") != std::string::npos);
        const auto card = text::render_card(make_card(*find_setting("RestrictAnonymous"), &m.scanned, &p));
        CHECK(card.find("If one of them sets it, a local change will be reverted within 16 hours") != std::string::npos);
        CHECK(card.find("Export for deployment") != std::string::npos);
        CHECK(card.find("lists GPOs with security settings: Contoso Member Server Baseline") != std::string::npos);
        const auto json_card = json::parse(card_to_json(make_card(*find_setting("RestrictAnonymous"), &m.scanned, &p)));
        CHECK(json_card["machine"]["managed_by"] == "gpo");
    }
}
