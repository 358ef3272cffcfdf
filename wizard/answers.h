#pragma once
// The questions ShareGuard asks the administrator. Detection pre-fills the
// answers; a front end lets the user confirm or change them.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "wizard/detection.h"
#include "wizard/vocabulary.h"

namespace sg {

/// What a "yes" needs from the machine; drives the strategy.
enum class dependency { ipc_named_pipes, admin_shares, anonymous_access, smb1, remote_sam };

struct question {
    question_id id;
    std::vector<dependency> needs;  ///< what a "yes" depends on
    std::vector<role_id> detected_by;  ///< roles from detection that pre-fill it
    /// Roles whose evidence informs the question without answering it (Oracle is
    /// there, but only its own configuration says whether it uses named pipes).
    std::vector<role_id> informed_by;
};

/// All questions in the order a front end asks them: one per question_id.
const std::vector<question>& questions();
/// The question with this id; nullptr only for a value outside the enum.
const question* find_question(question_id id);

struct answer {
    bool yes = false;
    bool from_detection = false;   ///< pre-filled by detection (vs. a default or the user)
    std::vector<std::string> evidence;  ///< what detection saw, for the front end to show
};

/// question -> answer; every question has an entry.
using answer_set = std::map<question_id, answer>;

/// Default answers for a scanned machine: "yes" where detection found evidence.
answer_set default_answers(const scan_result& scan);
/// The user's answer (no longer from detection).
void set_answer(answer_set& answers, question_id id, bool yes);

}  // namespace sg
