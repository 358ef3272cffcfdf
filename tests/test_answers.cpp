#include <doctest/doctest.h>

#include <set>

#include "support/snapshot_text.h"
#include "wizard/answers.h"

using namespace sg;

TEST_SUITE("answers") {
    TEST_CASE("every question has an answer; detection pre-fills them with evidence") {
        scan_result scan;
        scan.roles = {{role_id::sql_named_pipes, {"Np Enabled = 1"}}, {role_id::psexec, {"service PSEXESVC"}},
                      {role_id::oracle, {"HKEY_LOCAL_MACHINE\\SOFTWARE\\ORACLE\\KEY_X"}}};
        auto a = default_answers(scan);
        CHECK(a.size() == questions().size());
        CHECK(a.at(question_id::sql_named_pipes).yes);
        CHECK(a.at(question_id::sql_named_pipes).from_detection);
        CHECK(a.at(question_id::sql_named_pipes).evidence == std::vector<std::string>{"Np Enabled = 1"});
        CHECK(a.at(question_id::remote_admin_shares).yes);
        CHECK_FALSE(a.at(question_id::domain_controller).yes);
        // Oracle is evidence, not an answer: only its config files say whether NMP is used.
        CHECK_FALSE(a.at(question_id::oracle_named_pipes).yes);
        CHECK(a.at(question_id::oracle_named_pipes).evidence.size() == 1);
        CHECK_FALSE(a.at(question_id::legacy_anonymous).yes);
    }

    TEST_CASE("the user changes an answer; unknown ids do not parse") {
        auto a = default_answers(scan_result{});
        set_answer(a, question_id::print_sharing, true);
        CHECK(a.at(question_id::print_sharing).yes);
        CHECK_FALSE(a.at(question_id::print_sharing).from_detection);
        CHECK(try_parse_question("print_sharing") == question_id::print_sharing);
        CHECK_FALSE(try_parse_question("no_such_question"));
    }

    TEST_CASE("question ids are unique and each names what a yes depends on") {
        std::set<question_id> ids;
        for (const auto& q : questions()) {
            CHECK(ids.insert(q.id).second);
            CHECK_FALSE(q.needs.empty());
            CHECK(find_question(q.id) == &q);
        }
    }
}
