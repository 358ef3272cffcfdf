#include "app/text/profile_text.h"

#include <fmt/format.h>

#include "app/text/translate.h"
#include "wizard/recommendation.h"

namespace sg::text {

std::string trust_problem_text(const session::trust_problem& problem) {
    const std::string path = problem.path.string();
    switch (problem.what) {
        case session::trust_problem::kind::writable_by_others:
            return fmt::format(fmt::runtime(tr("{} can be changed by {}, not only by administrators; a profile decides "
                                               "what ShareGuard writes, so keep profiles where only administrators "
                                               "can write.")),
                               path, problem.who);
        case session::trust_problem::kind::untrusted_owner:
            return fmt::format(fmt::runtime(tr("{} belongs to {}, not to an administrator; a profile decides what "
                                               "ShareGuard writes, so keep profiles where only administrators can "
                                               "write.")),
                               path, problem.who);
        case session::trust_problem::kind::unknown:
            return fmt::format(fmt::runtime(tr("could not check who may change {} ({}).")), path, problem.who);
    }
    return {};
}

std::string unknown_profile_text(const std::string& name) {
    std::string names;
    for (const auto& info : builtin_profiles()) names += (names.empty() ? "" : ", ") + info.name;
    return fmt::format(fmt::runtime(tr("\"{}\" is neither a built-in profile nor a profile file (built-in profiles: {})")),
                       name, names);
}

}  // namespace sg::text
