#pragma once
// Sentences for the engine's data: reason codes, questions, roles, statuses.
// Every function returns translated UTF-8 text (see translate.h). Each takes a
// typed id (wizard/vocabulary.h) and has a sentence for every value of it; a
// value outside the enum (a bad cast) shows as "(unknown role #42)", never as a
// bare id a user could take for a sentence.
#include <string>
#include <string_view>

#include "wizard/answers.h"
#include "wizard/apply.h"
#include "wizard/catalog.h"
#include "wizard/detection.h"
#include "wizard/plan.h"
#include "wizard/profile.h"
#include "wizard/vocabulary.h"

namespace sg::text {

std::string question_title(question_id q);                  ///< "SQL Server clients connect over named pipes"
std::string question_why(question_id q);                    ///< one line: why it matters
std::string role_name(role_id r);                           ///< "SQL Server", "RD Licensing server"
std::string product_name(product_type p);
std::string strategy_name(strategy s);                      ///< "Block", "Restrict"
std::string strategy_summary(strategy s);                   ///< one paragraph, true about IPC$
std::string reason_text(const reason& why);                 ///< the reason for a target value
std::string warning_text(warning_code w);
std::string restart_text(restart_need r);
std::string effect_text(change_effect e);                   ///< "explicit value, no effect: ..."
std::string notice_text(notice_code n);
std::string baselines_text(const std::vector<const baseline_ref*>& refs);  ///< "baseline: DISA STIG ..."
std::string os_family_name(os_family f);                    ///< "Windows Server 2022"
std::string server_service_text(service_state s);
std::string smb1_server_text(feature_state s);
std::string risk_text(risk_level r);
std::string action_text(change_action a);
std::string status_text(value_status s);
std::string value_text(const std::optional<reg_value>& v);  ///< "absent" when nullopt
std::string outcome_text(write_outcome o);
std::string run_status_text(run_status s);
std::string builtin_profile_description(std::string_view profile_name);

}  // namespace sg::text
