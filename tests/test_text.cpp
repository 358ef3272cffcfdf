// The sentences the front ends show: none may claim IPC$ is removed, every
// reason code and question has a sentence, and block always says IPC$ stays.
#include <doctest/doctest.h>

#include "app/text/describe.h"
#include "support/truth_checks.h"
#include "wizard/recommendation.h"

using namespace sg;

TEST_SUITE("text") {
    TEST_CASE("no sentence ShareGuard shows claims that IPC$ is removed") {
        std::vector<std::string> texts{text::strategy_summary(strategy::block), text::strategy_summary(strategy::restrict)};
        for (auto w : all_warning_codes()) texts.push_back(text::warning_text(w));
        for (auto n : all_notice_codes()) texts.push_back(text::notice_text(n));
        for (auto r : all_roles()) texts.push_back(text::role_name(r));
        for (const auto& q : questions()) {
            texts.push_back(text::question_title(q.id));
            texts.push_back(text::question_why(q.id));
        }
        // Every reason any recommendation or built-in profile can produce.
        for (const auto& info : builtin_profiles())
            for (auto forced : {strategy::block, strategy::restrict}) {
                answer_set a;
                for (const auto& q : questions()) a[q.id] = answer{};
                for (const auto& id : info.yes_answers) a[id].yes = true;
                auto p = recommend(a, info.product, forced);
                for (const auto& t : p.targets) texts.push_back(text::reason_text(t.why));
                for (const auto& u : p.unmanaged) texts.push_back(text::reason_text(u.why));
            }
        for (const auto& t : texts) {
            CAPTURE(t);
            CHECK_FALSE(t.empty());
            CHECK_FALSE(sg::test::claims_ipc_removed(t));
        }
    }

    TEST_CASE("the checker itself catches a false claim") {
        CHECK(sg::test::claims_ipc_removed("Block removes IPC$ and the admin shares."));
        CHECK(sg::test::claims_ipc_removed("After a restart the IPC$ share is gone."));
        CHECK(sg::test::claims_ipc_removed("IPC$ will be removed."));
        CHECK_FALSE(sg::test::claims_ipc_removed("This does not remove IPC$."));
    }

    TEST_CASE("block's summary states that IPC$ stays") {
        CHECK(text::strategy_summary(strategy::block).find("IPC$ stays") != std::string::npos);
        CHECK(text::warning_text(warning_code::ipc_stays).find("IPC$ is not removed") != std::string::npos);
    }

    TEST_CASE("every reason code has a real sentence, not the code echoed back") {
        for (const auto& info : builtin_profiles()) {
            auto p = try_builtin_profile(info.name);
            REQUIRE(p);
            for (const auto& t : p->targets) CHECK(text::reason_text(t.why) != id_of(t.why.code));
            for (const auto& u : p->unmanaged) CHECK(text::reason_text(u.why) != id_of(u.why.code));
            CHECK_FALSE(text::builtin_profile_description(info.name).empty());
        }
        for (const auto& q : questions()) CHECK(text::question_title(q.id) != id_of(q.id));
    }
}
