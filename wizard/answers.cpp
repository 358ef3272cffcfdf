#include "wizard/answers.h"

#include <algorithm>

namespace sg {

const std::vector<question>& questions() {
    using enum question_id;
    using role = role_id;
    // Order: what detection usually answers first, then what only the administrator knows.
    static const std::vector<question> all = {
        {sql_named_pipes, {dependency::ipc_named_pipes}, {role::sql_named_pipes}, {}},
        {remote_admin_shares,
         {dependency::admin_shares},
         {role::sccm_client, role::sccm_site_server, role::psexec},
         {}},
        {domain_controller, {dependency::ipc_named_pipes, dependency::anonymous_access}, {role::domain_controller}, {}},
        {rds_licensing, {dependency::ipc_named_pipes, dependency::anonymous_access}, {role::rds_licensing}, {}},
        {print_sharing, {dependency::ipc_named_pipes}, {role::shared_printers}, {}},
        {computer_browser,
         {dependency::ipc_named_pipes, dependency::anonymous_access, dependency::smb1},
         {role::computer_browser},
         {}},
        {failover_cluster, {dependency::ipc_named_pipes}, {role::failover_cluster}, {}},
        {dfs, {dependency::ipc_named_pipes}, {role::dfs}, {}},
        // Oracle's default protocol is TCP; whether NMP is configured lives in
        // sqlnet.ora/listener.ora, not in the registry: detection cannot answer.
        {oracle_named_pipes, {dependency::ipc_named_pipes}, {}, {role::oracle}},
        {remote_sam_enumeration, {dependency::remote_sam}, {role::exchange}, {}},
        {legacy_anonymous, {dependency::anonymous_access}, {}, {}},
        {smb1_clients, {dependency::smb1}, {}, {}},
    };
    return all;
}

const question* find_question(question_id id) {
    for (const auto& q : questions())
        if (q.id == id) return &q;
    return nullptr;
}

namespace {

void add_evidence(answer& a, const detected_role& role) {
    a.evidence.insert(a.evidence.end(), role.evidence.begin(), role.evidence.end());
}

bool among(const std::vector<role_id>& roles, role_id role) {
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

}  // namespace

answer_set default_answers(const scan_result& scan) {
    answer_set answers;
    for (const auto& q : questions()) {
        answer a;
        for (const auto wanted : q.detected_by) {
            for (const auto& role : scan.roles) {
                if (role.role != wanted) continue;
                a.yes = true;
                a.from_detection = true;
                add_evidence(a, role);
            }
        }
        // Evidence that informs the question without answering it.
        for (const auto& role : scan.roles)
            if (among(q.informed_by, role.role)) add_evidence(a, role);
        answers.emplace(q.id, std::move(a));
    }
    return answers;
}

void set_answer(answer_set& answers, question_id id, bool yes) {
    auto& a = answers[id];
    a.yes = yes;
    a.from_detection = false;
}

}  // namespace sg
