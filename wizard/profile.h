#pragma once
// A profile: a named set of registry targets with the rationale for each.
// Recommendations, built-in profiles and custom JSON profiles all produce one.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wizard/reg_value.h"
#include "wizard/vocabulary.h"

namespace sg {

enum class strategy { block, restrict };

std::string_view strategy_id(strategy s);              ///< "block" / "restrict"
std::optional<strategy> try_parse_strategy(std::string_view text);

/// Why a target has its value. The front end turns the code into a sentence.
struct reason {
    reason_code code = reason_code::custom_profile;  ///< no rule made it: the profile says so
    std::vector<question_id> answers;  ///< the "yes" answers it came from (may be none)
    std::vector<std::string> params;   ///< extra data: pipe names, a setting id...
    std::string text;          ///< free text from a custom profile, else ""
    bool operator==(const reason&) const = default;
};

struct target {
    std::string setting_id;
    std::optional<reg_value> value;  ///< nullopt: delete the value
    reason why;
    bool operator==(const target&) const = default;
};

/// A catalog setting the profile deliberately leaves as it is, and why.
struct unmanaged_setting {
    std::string setting_id;
    reason why;
    bool operator==(const unmanaged_setting&) const = default;
};

struct profile {
    std::string name;          ///< "sql-server-host", or the custom profile's name
    std::string description;   ///< free text (custom) or "" (built-in: the front end describes it)
    strategy strat = strategy::restrict;
    std::vector<target> targets;   ///< in catalog order
    std::vector<unmanaged_setting> unmanaged;  ///< settings left untouched on purpose (recommendations)
    std::string source;        ///< "builtin", "recommendation" or the file it came from
    std::vector<warning_code> warnings;

    const target* find_target(std::string_view setting_id) const;
};

/// Parses a custom profile (schema: docs in README, tests/../profile.schema.json).
/// Throws input_error naming file, line, column (syntax) or the field path (content).
profile parse_profile_json(std::string_view json_text, const std::string& file_name);
profile read_profile_file(const std::filesystem::path& file);
std::string profile_to_json(const profile& p);

/// Checks a value against the catalog entry (type and allowed values);
/// returns the problem code ("wrong_type", "out_of_range", "unknown_setting") or "".
std::string check_target_value(std::string_view setting_id, const std::optional<reg_value>& value);

}  // namespace sg
