#pragma once
// Turning --strategy / --profile / --recommended / --answer into a profile.
#include <filesystem>
#include <string>
#include <vector>

#include "app/cli/options.h"
#include "app/cli/output.h"
#include "wizard/answers.h"
#include "wizard/detection.h"
#include "wizard/profile.h"

namespace sg::cli {

/// Detection's answers with each "ID=yes|no" applied. Throws usage_error.
answer_set answers_for(const scan_result& scan, const std::vector<std::string>& answer_arguments);

/// A built-in profile by name, else a profile file (warning on stderr when
/// non-administrators could change it). Throws usage_error / input_error / file_error.
profile load_profile(const std::string& name_or_file, output& o);
/// A profile file, with the same trust warning. Throws input_error / file_error.
profile load_profile_file(const std::filesystem::path& file, output& o);

/// The profile the options select for this machine: --profile, --strategy
/// (the recommendation forced to that strategy), or the recommendation.
profile select_profile(const cli_options& opts, const scan_result& scan, output& o);

/// "block" / "restrict" (any case) or usage_error.
strategy parse_strategy_argument(const std::string& text);

}  // namespace sg::cli
