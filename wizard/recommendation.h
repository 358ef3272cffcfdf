#pragma once
// Rules that turn answers into a profile: block or restrict, a target value per
// setting and the reason for each, citing the answers it came from.
#include <string_view>
#include <vector>

#include "wizard/answers.h"
#include "wizard/detection.h"
#include "wizard/profile.h"

namespace sg {

/// The strategy the rules choose: restrict when any "yes" answer depends on
/// IPC$, named pipes or admin shares; block otherwise.
strategy recommended_strategy(const answer_set& answers);

/// The yes answers that strategy `s` stops from working: for block, what uses
/// ADMIN$ or C$; IPC$ and named pipes stay with either strategy.
std::vector<question_id> answers_broken_by(strategy s, const answer_set& answers);

/// Warnings about the machine itself, whatever the profile (server_service_off).
std::vector<warning_code> machine_warnings(const scan_result& scan);

/// The full recommendation. `forced` overrides the chosen strategy (the user
/// picked the other one); the reasons then say so.
profile recommend(const answer_set& answers, product_type product,
                  std::optional<strategy> forced = std::nullopt);

struct builtin_profile_info {
    std::string name;            ///< "sql-server-host"
    product_type product;
    std::vector<question_id> yes_answers;
};
const std::vector<builtin_profile_info>& builtin_profiles();
/// The named built-in profile, built by the same rules from its preset answers; nullopt if unknown.
std::optional<profile> try_builtin_profile(std::string_view name);

}  // namespace sg
