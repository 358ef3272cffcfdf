#include <doctest/doctest.h>

#include <algorithm>

#include "wizard/catalog.h"
#include "wizard/recommendation.h"

using namespace sg;

namespace {

answer_set answers_with(std::initializer_list<question_id> yes_ids) {
    answer_set a;
    for (const auto& q : questions()) a[q.id] = answer{};
    for (auto id : yes_ids) set_answer(a, id, true);
    return a;
}

const target* find(const profile& p, std::string_view id) { return p.find_target(id); }

std::optional<std::uint32_t> dword_of(const profile& p, std::string_view id) {
    auto* t = find(p, id);
    return t && t->value ? t->value->try_as_dword() : std::nullopt;
}

std::vector<std::string> pipes_of(const profile& p) {
    auto* t = find(p, "NullSessionPipes");
    REQUIRE(t);
    REQUIRE(t->value);
    return t->value->try_as_multi_string().value();
}

bool has_warning(const profile& p, warning_code code) {
    return std::find(p.warnings.begin(), p.warnings.end(), code) != p.warnings.end();
}

bool is_unmanaged(const profile& p, std::string_view id) {
    return std::any_of(p.unmanaged.begin(), p.unmanaged.end(), [&](const auto& u) { return u.setting_id == id; });
}

}  // namespace

TEST_SUITE("recommendation") {
    TEST_CASE("nothing depends on shares: block, both AutoShare values 0, IPC$ and monitoring warnings") {
        auto p = recommend(answers_with({}), product_type::server);
        CHECK(p.strat == strategy::block);
        CHECK(dword_of(p, "AutoShareServer") == 0u);
        CHECK(dword_of(p, "AutoShareWks") == 0u);
        CHECK(find(p, "AutoShareServer")->why.code == reason_code::no_share_dependency);
        CHECK(find(p, "AutoShareWks")->why.code == reason_code::autoshare_other_edition);
        CHECK(has_warning(p, warning_code::ipc_stays));
        CHECK(has_warning(p, warning_code::monitoring_alerts));
        CHECK_FALSE(has_warning(p, warning_code::breaks_admin_shares));
    }

    TEST_CASE("on a workstation the applicable value is AutoShareWks") {
        auto p = recommend(answers_with({}), product_type::workstation);
        CHECK(find(p, "AutoShareWks")->why.code == reason_code::no_share_dependency);
        CHECK(find(p, "AutoShareServer")->why.code == reason_code::autoshare_other_edition);
        CHECK(find(p, "AutoShareServer")->why.params == std::vector<std::string>{"AutoShareWks"});
    }

    TEST_CASE("every IPC$ / named-pipe / admin-share dependency leads to restrict, citing the answer") {
        for (const auto& q : questions()) {
            bool shares = std::any_of(q.needs.begin(), q.needs.end(), [](dependency d) {
                return d == dependency::ipc_named_pipes || d == dependency::admin_shares;
            });
            auto p = recommend(answers_with({q.id}), product_type::server);
            CAPTURE(q.id);
            CHECK(p.strat == (shares ? strategy::restrict : strategy::block));
            if (shares) {
                CHECK(dword_of(p, "AutoShareServer") == 1u);
                const auto& why = find(p, "AutoShareServer")->why;
                // Admin-share users need the shares; IPC$ users keep them as a policy choice.
                const bool uses_admin_shares = std::find(q.needs.begin(), q.needs.end(), dependency::admin_shares) !=
                                               q.needs.end();
                CHECK(why.code ==
                      (uses_admin_shares ? reason_code::keep_shares_in_use : reason_code::keep_shares_policy));
                CHECK(why.answers == std::vector<question_id>{q.id});
            }
        }
    }

    TEST_CASE("anonymous restrictions belong to both strategies, with explicit values") {
        for (auto answers : {answers_with({}), answers_with({question_id::sql_named_pipes})}) {
            auto p = recommend(answers, product_type::server);
            CHECK(dword_of(p, "RestrictAnonymous") == 1u);
            CHECK(dword_of(p, "RestrictAnonymousSAM") == 1u);
            CHECK(dword_of(p, "EveryoneIncludesAnonymous") == 0u);
            CHECK(dword_of(p, "RestrictNullSessAccess") == 1u);
            CHECK(pipes_of(p).empty());
            REQUIRE(find(p, "NullSessionShares"));
            CHECK(find(p, "NullSessionShares")->value == reg_value::multi_string({}));
            CHECK(find(p, "RestrictRemoteSAM")->value == reg_value::string("O:BAG:BAD:(A;;RC;;;BA)"));
            CHECK(dword_of(p, "SMB1") == 0u);
        }
    }

    TEST_CASE("the named pipes a detected role needs anonymously stay allowed") {
        CHECK(pipes_of(recommend(answers_with({question_id::domain_controller}), product_type::domain_controller)) ==
              std::vector<std::string>{"netlogon", "samr", "lsarpc"});
        CHECK(pipes_of(recommend(answers_with({question_id::rds_licensing}), product_type::server)) ==
              std::vector<std::string>{"HydraLSPipe", "TermServLicensing"});
        auto both =
            recommend(answers_with({question_id::rds_licensing, question_id::computer_browser}), product_type::server);
        CHECK(pipes_of(both) == std::vector<std::string>{"HydraLSPipe", "TermServLicensing", "BROWSER"});
        CHECK(find(both, "NullSessionPipes")->why.answers ==
              std::vector<question_id>{question_id::rds_licensing, question_id::computer_browser});
    }

    TEST_CASE("domain controller: restrict, RestrictRemoteSAM left alone (not applicable to DCs)") {
        auto p = recommend(answers_with({question_id::domain_controller}), product_type::domain_controller);
        CHECK(p.strat == strategy::restrict);
        CHECK(find(p, "RestrictRemoteSAM") == nullptr);
        CHECK(is_unmanaged(p, "RestrictRemoteSAM"));
        CHECK(find(p, "RestrictAnonymous")->why.code == reason_code::anonymous_baseline_dc);
    }

    TEST_CASE("SMBv1 is never switched on; when needed it is left alone") {
        auto p = recommend(answers_with({question_id::smb1_clients}), product_type::server);
        CHECK(find(p, "SMB1") == nullptr);
        CHECK(is_unmanaged(p, "SMB1"));
    }

    TEST_CASE("legacy anonymous access weakens the SAM restrictions, citing the answer") {
        auto p = recommend(answers_with({question_id::legacy_anonymous}), product_type::server);
        CHECK(dword_of(p, "RestrictAnonymous") == 0u);
        CHECK(dword_of(p, "RestrictAnonymousSAM") == 0u);
        CHECK(find(p, "RestrictAnonymous")->why.answers == std::vector<question_id>{question_id::legacy_anonymous});
    }

    TEST_CASE("Exchange-style remote SAM enumeration keeps RestrictRemoteSAM untouched") {
        auto p = recommend(answers_with({question_id::remote_sam_enumeration}), product_type::server);
        CHECK(find(p, "RestrictRemoteSAM") == nullptr);
        CHECK(is_unmanaged(p, "RestrictRemoteSAM"));
    }

    TEST_CASE("forcing block against the answers says so") {
        auto p = recommend(answers_with({question_id::remote_admin_shares}), product_type::server, strategy::block);
        CHECK(p.strat == strategy::block);
        CHECK(find(p, "AutoShareServer")->why.code == reason_code::forced_block_breaks_admin_share_users);
        CHECK(find(p, "AutoShareServer")->why.answers == std::vector<question_id>{question_id::remote_admin_shares});
        CHECK(has_warning(p, warning_code::breaks_admin_shares));
        auto r = recommend(answers_with({}), product_type::server, strategy::restrict);
        CHECK(find(r, "AutoShareServer")->why.code == reason_code::forced_restrict);
    }

    TEST_CASE("invariants over every combination of answers, product and forced strategy") {
        const auto& qs = questions();
        const std::size_t combos = std::size_t{1} << qs.size();
        for (std::size_t mask = 0; mask < combos; mask += 7) {  // a spread of 1/7 of all combinations
            answer_set a = answers_with({});
            for (std::size_t i = 0; i < qs.size(); ++i)
                if (mask & (std::size_t{1} << i)) a[qs[i].id].yes = true;
            for (auto product : {product_type::workstation, product_type::server, product_type::domain_controller,
                                 product_type::unknown})
                for (std::optional<strategy> forced : {std::optional<strategy>{}, std::optional{strategy::block},
                                                       std::optional{strategy::restrict}}) {
                    auto p = recommend(a, product, forced);
                    CAPTURE(mask);
                    // Never the Windows 2000-era RestrictAnonymous=2, never SMBv1 on.
                    REQUIRE(dword_of(p, "RestrictAnonymous").value_or(0) <= 1u);
                    REQUIRE(dword_of(p, "SMB1").value_or(0) == 0u);
                    // Every target is a catalog setting of the right type, with a reason citing only "yes" answers.
                    std::size_t last_rank = 0;
                    for (const auto& t : p.targets) {
                        const setting* s = find_setting(t.setting_id);
                        REQUIRE(s);
                        REQUIRE(t.value);
                        REQUIRE(t.value->type == s->type);
                        for (const auto& cited : t.why.answers) REQUIRE(a.at(cited).yes);
                        std::size_t rank = static_cast<std::size_t>(s - catalog().data());
                        REQUIRE(rank >= last_rank);
                        last_rank = rank;
                    }
                    // A setting is either targeted or deliberately left alone, never both.
                    for (const auto& u : p.unmanaged) REQUIRE(find(p, u.setting_id) == nullptr);
                    REQUIRE(p.targets.size() + p.unmanaged.size() == catalog().size());
                    if (p.strat == strategy::block) REQUIRE(has_warning(p, warning_code::ipc_stays));
                    auto pipes = pipes_of(p);
                    bool dc_pipes = std::find(pipes.begin(), pipes.end(), "netlogon") != pipes.end();
                    // netlogon stays open for a DC (answered, or proven by LanmanNT) and for NT 4.0 trusts.
                    REQUIRE(dc_pipes == (a.at(question_id::domain_controller).yes ||
                                         product == product_type::domain_controller ||
                                         a.at(question_id::legacy_anonymous).yes));
                    if (!forced) REQUIRE(p.strat == recommended_strategy(a));
                }
        }
    }

    TEST_CASE("built-in profiles come from the same rules") {
        CHECK(builtin_profiles().size() >= 5);
        for (const auto& info : builtin_profiles()) {
            auto p = try_builtin_profile(info.name);
            REQUIRE(p);
            CHECK(p->name == info.name);
            CHECK(p->source == "builtin");
        }
        CHECK(try_builtin_profile("sql-server-host")->strat == strategy::restrict);
        CHECK(try_builtin_profile("workstation")->strat == strategy::block);
        CHECK(try_builtin_profile("locked-down")->strat == strategy::block);
        CHECK(try_builtin_profile("domain-controller")->strat == strategy::restrict);
        CHECK(try_builtin_profile("file-print-server")->strat == strategy::restrict);
        CHECK_FALSE(try_builtin_profile("no-such-profile"));
    }
}
