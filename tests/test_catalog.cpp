#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "support/truth_checks.h"
#include "wizard/catalog.h"

using namespace sg;

namespace {

std::vector<std::string> all_texts(const setting& s) {
    std::vector<std::string> texts{s.windows_default, s.group_policy, s.recommended, s.breaks};
    for (const auto& a : s.allowed) texts.push_back(a.meaning);
    texts.insert(texts.end(), s.notes.begin(), s.notes.end());
    return texts;
}

}  // namespace

TEST_SUITE("catalog") {
    TEST_CASE("the catalog holds at least the settings the issue names, each complete") {
        std::set<std::string> ids;
        for (const auto& s : catalog()) {
            CAPTURE(s.id);
            CHECK(ids.insert(s.id).second);  // ids are unique
            CHECK(s.key.rfind("HKEY_LOCAL_MACHINE\\", 0) == 0);
            CHECK_FALSE(s.value_name.empty());
            CHECK_FALSE(s.allowed.empty());
            CHECK_FALSE(s.windows_default.empty());
            CHECK_FALSE(s.recommended.empty());
            CHECK_FALSE(s.breaks.empty());
            CHECK_FALSE(s.sources.empty());
        }
        for (const char* required : {"AutoShareServer", "AutoShareWks", "RestrictAnonymous", "RestrictAnonymousSAM",
                                     "EveryoneIncludesAnonymous", "RestrictNullSessAccess", "NullSessionPipes",
                                     "NullSessionShares", "RestrictRemoteSAM", "SMB1"})
            CHECK_MESSAGE(ids.count(required) == 1, required);
    }

    TEST_CASE("find_setting is case-insensitive, like registry names") {
        REQUIRE(find_setting("restrictanonymoussam") != nullptr);
        CHECK(find_setting("restrictanonymoussam")->id == "RestrictAnonymousSAM");
        CHECK(find_setting("NoSuchSetting") == nullptr);
    }

    TEST_CASE("the AutoShare entries state that IPC$ stays and that monitoring flags them") {
        for (const char* id : {"AutoShareServer", "AutoShareWks"}) {
            const setting* s = find_setting(id);
            REQUIRE(s);
            CHECK(s->restart == restart_need::server_service);
            CHECK(s->flagged_by_monitoring);
            bool says_ipc_stays = false, says_monitoring = false;
            for (const auto& note : s->notes) {
                says_ipc_stays |= note.find("Does not remove IPC$") != std::string::npos;
                says_monitoring |= note.find("monitoring") != std::string::npos;
            }
            CHECK(says_ipc_stays);
            CHECK(says_monitoring);
            CHECK(s->type == reg_type::dword);
            CHECK(s->hardened_dword == 0u);
        }
    }

    TEST_CASE("no catalog text claims that anything removes IPC$") {
        for (const auto& s : catalog())
            for (const auto& text : all_texts(s)) {
                CAPTURE(s.id);
                CHECK_FALSE(sg::test::claims_ipc_removed(text));
            }
    }

    TEST_CASE("RestrictAnonymous: value 2 is described as Windows 2000-era, 1 is the baseline") {
        const setting* s = find_setting("RestrictAnonymous");
        REQUIRE(s);
        bool two_is_w2k = false;
        for (const auto& a : s->allowed)
            if (a.value == "2") two_is_w2k = a.meaning.find("Windows 2000") != std::string::npos;
        CHECK(two_is_w2k);
        bool note = false;
        for (const auto& n : s->notes) note |= n.find("Windows 2000-era") != std::string::npos;
        CHECK(note);
        CHECK(s->hardened_dword == 1u);
        CHECK(s->group_policy == "Network access: Do not allow anonymous enumeration of SAM accounts and shares");
    }

    TEST_CASE("the SAM group policy names are not swapped") {
        CHECK(find_setting("RestrictAnonymousSAM")->group_policy ==
              "Network access: Do not allow anonymous enumeration of SAM accounts");
        CHECK(find_setting("RestrictAnonymousSAM")->default_value == reg_value::dword(1));
        CHECK(find_setting("RestrictAnonymous")->default_value == reg_value::dword(0));
    }

    TEST_CASE("restart needs follow the reference") {
        CHECK(find_setting("RestrictAnonymous")->restart == restart_need::none);
        CHECK(find_setting("RestrictNullSessAccess")->restart == restart_need::none);
        CHECK(find_setting("NullSessionPipes")->restart == restart_need::none);
        CHECK(find_setting("NullSessionPipes")->type == reg_type::multi_sz);
        CHECK(find_setting("RestrictRemoteSAM")->type == reg_type::sz);
        CHECK(find_setting("SMB1")->restart == restart_need::reboot);
    }
}
