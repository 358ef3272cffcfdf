#pragma once
// The questions ShareGuard asks the administrator. Detection pre-fills the
// answers; a front end lets the user confirm or change them.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "wizard/detection.h"

namespace sg {

/// What a "yes" needs from the machine; drives the strategy.
enum class dependency { ipc_named_pipes, admin_shares, anonymous_access, smb1, remote_sam };

struct question {
    std::string id;             ///< "sql_named_pipes"
    std::vector<dependency> needs;  ///< what a "yes" depends on
    std::vector<std::string> detected_by;  ///< roles from detection that pre-fill it
};

/// All questions in the order a front end asks them.
const std::vector<question>& questions();
const question* find_question(std::string_view id);

struct answer {
    bool yes = false;
    bool from_detection = false;   ///< pre-filled by detection (vs. a default or the user)
    std::vector<std::string> evidence;  ///< what detection saw, for the front end to show
};

/// question id -> answer; every question has an entry.
using answer_set = std::map<std::string, answer, std::less<>>;

/// Default answers for a scanned machine: "yes" where detection found evidence.
answer_set default_answers(const scan_result& scan);
/// Throws std::invalid_argument for an unknown question id.
void set_answer(answer_set& answers, std::string_view id, bool yes);

}  // namespace sg
