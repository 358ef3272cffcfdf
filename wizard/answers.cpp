#include "wizard/answers.h"

#include <stdexcept>

namespace sg {

const std::vector<question>& questions() {
    // Order: what detection usually answers first, then what only the administrator knows.
    static const std::vector<question> all = {
        {"sql_named_pipes", {dependency::ipc_named_pipes}, {"sql_named_pipes"}},
        {"remote_admin_shares", {dependency::admin_shares}, {"sccm_client", "sccm_site_server", "psexec"}},
        {"domain_controller", {dependency::ipc_named_pipes, dependency::anonymous_access}, {"domain_controller"}},
        {"rds_licensing", {dependency::ipc_named_pipes, dependency::anonymous_access}, {"rds_licensing"}},
        {"print_sharing", {dependency::ipc_named_pipes}, {"shared_printers"}},
        {"computer_browser",
         {dependency::ipc_named_pipes, dependency::anonymous_access, dependency::smb1},
         {"computer_browser"}},
        {"failover_cluster", {dependency::ipc_named_pipes}, {"failover_cluster"}},
        {"dfs", {dependency::ipc_named_pipes}, {"dfs"}},
        // Oracle's default protocol is TCP; whether NMP is configured lives in
        // sqlnet.ora/listener.ora, not in the registry: detection cannot answer.
        {"oracle_named_pipes", {dependency::ipc_named_pipes}, {}},
        {"remote_sam_enumeration", {dependency::remote_sam}, {"exchange"}},
        {"legacy_anonymous", {dependency::anonymous_access}, {}},
        {"smb1_clients", {dependency::smb1}, {}},
    };
    return all;
}

const question* find_question(std::string_view id) {
    for (const auto& q : questions())
        if (q.id == id) return &q;
    return nullptr;
}

answer_set default_answers(const scan_result& scan) {
    answer_set answers;
    for (const auto& q : questions()) {
        answer a;
        for (const auto& role_id : q.detected_by) {
            for (const auto& role : scan.roles) {
                if (role.role != role_id) continue;
                a.yes = true;
                a.from_detection = true;
                a.evidence.insert(a.evidence.end(), role.evidence.begin(), role.evidence.end());
            }
        }
        answers.emplace(q.id, std::move(a));
    }
    // Evidence that informs a question without answering it: Oracle is there,
    // but only its own configuration files say whether it uses named pipes.
    for (const auto& role : scan.roles)
        if (role.role == "oracle")
            answers["oracle_named_pipes"].evidence.insert(answers["oracle_named_pipes"].evidence.end(),
                                                          role.evidence.begin(), role.evidence.end());
    return answers;
}

void set_answer(answer_set& answers, std::string_view id, bool yes) {
    if (!find_question(id)) throw std::invalid_argument("unknown question: " + std::string(id));
    auto& a = answers[std::string(id)];
    a.yes = yes;
    a.from_detection = false;
}

}  // namespace sg
