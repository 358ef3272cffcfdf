#include <doctest/doctest.h>

#include <set>

#include "support/snapshot_text.h"
#include "wizard/answers.h"

using namespace sg;

TEST_SUITE("answers") {
    TEST_CASE("every question has an answer; detection pre-fills them with evidence") {
        scan_result scan;
        scan.roles = {{"sql_named_pipes", {"Np Enabled = 1"}}, {"psexec", {"service PSEXESVC"}},
                      {"oracle", {"HKEY_LOCAL_MACHINE\\SOFTWARE\\ORACLE\\KEY_X"}}};
        auto a = default_answers(scan);
        CHECK(a.size() == questions().size());
        CHECK(a.at("sql_named_pipes").yes);
        CHECK(a.at("sql_named_pipes").from_detection);
        CHECK(a.at("sql_named_pipes").evidence == std::vector<std::string>{"Np Enabled = 1"});
        CHECK(a.at("remote_admin_shares").yes);
        CHECK_FALSE(a.at("domain_controller").yes);
        // Oracle is evidence, not an answer: only its config files say whether NMP is used.
        CHECK_FALSE(a.at("oracle_named_pipes").yes);
        CHECK(a.at("oracle_named_pipes").evidence.size() == 1);
        CHECK_FALSE(a.at("legacy_anonymous").yes);
    }

    TEST_CASE("the user changes an answer; unknown ids are refused") {
        auto a = default_answers(scan_result{});
        set_answer(a, "print_sharing", true);
        CHECK(a.at("print_sharing").yes);
        CHECK_FALSE(a.at("print_sharing").from_detection);
        CHECK_THROWS_AS(set_answer(a, "no_such_question", true), std::invalid_argument);
    }

    TEST_CASE("question ids are unique and each names what a yes depends on") {
        std::set<std::string> ids;
        for (const auto& q : questions()) {
            CHECK(ids.insert(q.id).second);
            CHECK_FALSE(q.needs.empty());
            CHECK(find_question(q.id) == &q);
        }
    }
}
