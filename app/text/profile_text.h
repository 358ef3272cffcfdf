#pragma once
// Sentences about the profile the administrator named (app/session/
// profile_source.h): a name that is neither built in nor a file, a file others
// may change. The same in the console's messages and the wizard's.
#include <string>

#include "app/session/profile_trust.h"

namespace sg::text {

std::string trust_problem_text(const session::trust_problem& problem);
/// "x" is neither a built-in profile nor a file, with the built-in names.
std::string unknown_profile_text(const std::string& name);

}  // namespace sg::text
