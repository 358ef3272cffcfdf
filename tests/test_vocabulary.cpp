// Issue 11, one vocabulary: the roles, questions, reason, warning and notice
// codes are defined once (wizard/vocabulary.h) and every layer covers exactly
// that set. Detection reports every role, the rules and profiles give every
// code, and app/text has a real sentence for each. Names outside the list do
// not compile, so here only the other direction needs checking: an entry
// nothing produces, or one without a sentence.
#include <doctest/doctest.h>

#include <set>
#include <stdexcept>
#include <string>

#include "app/text/describe.h"
#include "app/text/ownership_text.h"
#include "support/snapshot_text.h"
#include "wizard/catalog.h"
#include "wizard/detection.h"
#include "wizard/plan.h"
#include "wizard/profile.h"
#include "wizard/recommendation.h"
#include "wizard/vocabulary.h"

using namespace sg;

namespace {

template <typename Id>
void check_ids(std::span<const Id> all, std::optional<Id> (*parse)(std::string_view)) {
    REQUIRE_FALSE(all.empty());
    std::set<std::string_view> seen;
    for (auto id : all) {
        const std::string text(id_of(id));
        CAPTURE(text);
        CHECK_FALSE(text.empty());
        CHECK(seen.insert(id_of(id)).second);
        CHECK(parse(text) == id);
    }
    CHECK_FALSE(parse("no_such_id"));
    CHECK_FALSE(parse(""));
}

/// The entries of `all` missing from `found`, as "a, b" (empty when none is).
template <typename Id>
std::string missing(std::span<const Id> all, const std::set<Id>& found) {
    std::string out;
    for (auto id : all)
        if (!found.count(id)) out += (out.empty() ? "" : ", ") + std::string(id_of(id));
    return out;
}

/// A sentence for `id`: not empty, not the id echoed back, not the unknown-id marker.
void check_sentence(std::string_view id, const std::string& sentence) {
    CAPTURE(id);
    CAPTURE(sentence);
    CHECK_FALSE(sentence.empty());
    CHECK(sentence != id);
    CHECK(sentence.find("(unknown ") == std::string::npos);
}

/// Sentences of one kind differ: the same text for two ids is a copy slip.
void check_distinct(const std::vector<std::string>& sentences) {
    std::set<std::string> seen;
    for (const auto& s : sentences) {
        CAPTURE(s);
        CHECK(seen.insert(s).second);
    }
}

std::string service(const std::string& name) {
    return "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\" + name + "]\n\"Start\"=dword:00000002\n\n";
}

/// A machine that runs everything detection looks for: a domain controller with
/// SQL Server (named pipes on), a shared printer, Oracle and every listed service.
std::string everything_machine() {
    const std::string sql = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Microsoft SQL Server";
    std::string text =
        "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ProductOptions]\n\"ProductType\"=\"LanmanNT\"\n\n"
        "[" + sql + "\\Instance Names\\SQL]\n\"MSSQLSERVER\"=\"MSSQL16.MSSQLSERVER\"\n\n"
        "[" + sql + "\\MSSQL16.MSSQLSERVER\\MSSQLServer\\SuperSocketNetLib\\Np]\n\"Enabled\"=dword:00000001\n\n"
        "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Print\\Printers\\Front desk]\n"
        "\"Attributes\"=dword:00000a48\n\n"
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\ORACLE\\KEY_OraDB19Home1]\n\"ORACLE_HOME\"=\"C:\\\\oracle\"\n\n";
    for (const char* name : {"SQLBrowser", "NTDS", "TermServLicensing", "CcmExec", "SMS_EXECUTIVE", "PSEXESVC",
                             "Spooler", "Browser", "Dfs", "ClusSvc", "RemoteRegistry", "OracleServiceORCL",
                             "MSExchangeIS", "LanmanServer"})
        text += service(name);
    return text;
}

answer_set answers_from_mask(std::size_t mask) {
    answer_set a;
    const auto& qs = questions();
    for (std::size_t i = 0; i < qs.size(); ++i) a[qs[i].id].yes = (mask & (std::size_t{1} << i)) != 0;
    return a;
}

struct produced_codes {
    std::set<reason_code> reasons;
    std::set<warning_code> warnings;
    std::set<notice_code> notices;

    void add(const profile& p) {
        for (const auto& t : p.targets) reasons.insert(t.why.code);
        for (const auto& u : p.unmanaged) reasons.insert(u.why.code);
        warnings.insert(p.warnings.begin(), p.warnings.end());
    }
    void add(const plan& p) {
        warnings.insert(p.warnings.begin(), p.warnings.end());
        for (const auto& c : p.changes) notices.insert(c.notices.begin(), c.notices.end());
    }
};

/// Every code the engine can give: the rules over every combination of answers,
/// product and forced strategy, a custom profile, and plans on machines whose
/// state earns a warning or a notice.
produced_codes everything_produced() {
    produced_codes found;
    const std::size_t combinations = std::size_t{1} << questions().size();
    for (std::size_t mask = 0; mask < combinations; ++mask) {
        const auto answers = answers_from_mask(mask);
        for (auto product : {product_type::workstation, product_type::server, product_type::domain_controller,
                             product_type::unknown})
            for (auto forced : {std::optional<strategy>{}, std::optional{strategy::block},
                                std::optional{strategy::restrict}})
                found.add(recommend(answers, product, forced));
    }
    found.add(parse_profile_json(R"({"schema":"shareguard-profile/1","name":"t","strategy":"block",)"
                                 R"("settings":{"AutoShareServer":{"value":0}}})",
                                 "custom.json"));

    auto scan = sg::scan(*test::snapshot_from_text(
        "[" + std::string(test::lsa_key) + "]\n\"RestrictAnonymous\"=dword:00000002\n\n"
        "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer]\n\"Start\"=dword:00000004\n\n"));
    found.add(make_plan(scan, recommend(answers_from_mask(0), scan.product)));

    // Ownership (ownership.h): a domain member whose export lacks the policy keys
    // (warning), a security GPO in History and an MDM winning provider (notices).
    auto member = sg::scan(*test::snapshot_from_text(
        "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters]\n\"Domain\"=\"corp.example\"\n\n"));
    found.add(make_plan(member, recommend(answers_from_mask(0), member.product)));
    auto managed = sg::scan(*test::snapshot_from_text(
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Group Policy\\History\\"
        "{827D319E-6EAC-11D2-A4EA-00C04F79F83A}\\0]\n\"DisplayName\"=\"Baseline\"\n\n"
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\MSSecurityGuide]\n"
        "\"ConfigureSMBV1Server_WinningProvider\"=\"{5F1C2A3B-4D5E-4F60-8172-93A4B5C6D7E8}\"\n\n"));
    found.add(make_plan(managed, recommend(answers_from_mask(0), managed.product)));
    return found;
}

}  // namespace

TEST_SUITE("vocabulary") {
    TEST_CASE("each kind's ids are distinct, not empty, and parse back to their entry") {
        check_ids(all_roles(), try_parse_role);
        check_ids(all_questions(), try_parse_question);
        check_ids(all_reason_codes(), try_parse_reason);
        check_ids(all_warning_codes(), try_parse_warning);
        check_ids(all_notice_codes(), try_parse_notice);
        check_ids(all_ownership_bases(), try_parse_ownership_basis);
    }

    TEST_CASE("the ids documented in json-output.md are still there, spelled the same") {
        CHECK(id_of(role_id::sql_named_pipes) == "sql_named_pipes");
        CHECK(id_of(reason_code::custom_profile) == "custom_profile");
        CHECK(id_of(reason_code::anonymous_baseline) == "anonymous_baseline");
        CHECK(id_of(reason_code::pipes_for_roles) == "pipes_for_roles");
        CHECK(id_of(notice_code::legacy_restrict_anonymous_2) == "legacy_restrict_anonymous_2");
    }

    TEST_CASE("questions() asks every question once, in the vocabulary's order") {
        // answer_set is ordered by question_id: the same order keeps any walk over it in asking order.
        std::vector<question_id> asked;
        for (const auto& q : questions()) asked.push_back(q.id);
        CHECK(asked == std::vector<question_id>(all_questions().begin(), all_questions().end()));
        for (auto id : all_questions()) {
            REQUIRE(find_question(id));
            CHECK(find_question(id)->id == id);
        }
    }

    TEST_CASE("detection reports every role; the questions and the catalog link only to those") {
        const auto scanned = scan(*test::snapshot_from_text(everything_machine()));
        std::set<role_id> detected;
        for (const auto& r : scanned.roles) detected.insert(r.role);
        CHECK(missing(all_roles(), detected) == "");

        std::set<role_id> linked;
        for (const auto& q : questions()) {
            linked.insert(q.detected_by.begin(), q.detected_by.end());
            linked.insert(q.informed_by.begin(), q.informed_by.end());
        }
        for (const auto& s : catalog()) linked.insert(s.can_break_roles.begin(), s.can_break_roles.end());
        CHECK_FALSE(linked.empty());
        for (auto role : linked) {
            CAPTURE(std::string(id_of(role)));
            CHECK(detected.count(role) == 1);
        }
    }

    TEST_CASE("the rules, custom profiles and plans give every reason, warning and notice code") {
        const auto found = everything_produced();
        CHECK(missing(all_reason_codes(), found.reasons) == "");
        CHECK(missing(all_warning_codes(), found.warnings) == "");
        CHECK(missing(all_notice_codes(), found.notices) == "");
    }

    TEST_CASE("app/text has a sentence for every id, and a different one for each") {
        std::vector<std::string> names, titles, whys, reasons, warnings, notices;
        for (auto r : all_roles()) names.push_back(text::role_name(r));
        for (auto q : all_questions()) {
            titles.push_back(text::question_title(q));
            whys.push_back(text::question_why(q));
        }
        for (auto c : all_reason_codes()) reasons.push_back(text::reason_text(reason{c, {}, {}, {}}));
        for (auto w : all_warning_codes()) warnings.push_back(text::warning_text(w));
        for (auto n : all_notice_codes()) notices.push_back(text::notice_text(n));

        auto each = [](auto all, const std::vector<std::string>& sentences) {
            std::size_t i = 0;
            for (auto id : all) check_sentence(id_of(id), sentences.at(i++));
            check_distinct(sentences);
        };
        each(all_roles(), names);
        each(all_questions(), titles);
        each(all_questions(), whys);
        each(all_reason_codes(), reasons);
        each(all_warning_codes(), warnings);
        each(all_notice_codes(), notices);

        std::vector<std::string> evidence;
        for (auto b : all_ownership_bases()) evidence.push_back(text::evidence_text({b, "KEY", {"NAME"}, "DETAIL"}));
        each(all_ownership_bases(), evidence);
        std::vector<std::string> owners;
        for (auto o : {policy_owner::none, policy_owner::gpo, policy_owner::mdm, policy_owner::unknown})
            owners.push_back(text::owner_name(o));
        check_distinct(owners);
    }

    TEST_CASE("a value outside the vocabulary is marked as unknown, never shown as an id or a sentence") {
        const auto role = static_cast<role_id>(999);
        const auto question = static_cast<question_id>(-1);
        CHECK(text::role_name(role) == "(unknown role: 999)");
        CHECK(text::question_title(question) == "(unknown question: -1)");
        CHECK(text::question_why(question) == "(unknown question: -1)");
        CHECK(text::reason_text(reason{static_cast<reason_code>(999), {}, {}, {}}) == "(unknown reason code: 999)");
        CHECK(text::warning_text(static_cast<warning_code>(999)) == "(unknown warning: 999)");
        CHECK(text::notice_text(static_cast<notice_code>(999)) == "(unknown notice: 999)");
        // The engine refuses to write such a value into JSON or a journal.
        CHECK_THROWS_AS(id_of(role), std::logic_error);
        CHECK_THROWS_AS(id_of(question), std::logic_error);
        CHECK_THROWS_AS(id_of(static_cast<reason_code>(999)), std::logic_error);
    }
}
