#pragma once
// Sentences for policy ownership (wizard/ownership.h): who owns a value, what
// showed it, and what that means for a local change. Translated (tr()).
#include <string>

#include "wizard/ownership.h"

namespace sg::text {

/// "Group Policy", "MDM (Intune)", "no policy", "unknown".
std::string owner_name(policy_owner o);
/// One line: who owns it and how sure ShareGuard is; "" for none.
std::string ownership_line(const value_ownership& o);
/// What it means for a local change, and what to do instead; "" when no policy owns it.
std::string ownership_consequence(const value_ownership& o);
/// One piece of evidence as a sentence.
std::string evidence_text(const ownership_evidence& e);

}  // namespace sg::text
