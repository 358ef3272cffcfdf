#pragma once
// The engine's vocabulary: the roles detection reports, the questions it asks,
// the reason codes and warnings the rules give and the notices a plan adds.
// Each kind is one list below; its enum and its stable string ids are both made
// from that list, so detection, the questions, the catalog, the rules and the
// sentences (app/text) can only name ids that exist, and a new id is at once in
// all_*() for the tests that demand a sentence for it (tests/test_vocabulary.cpp).
// The names are the ids of documented formats (resources/json-output.md): never
// rename an entry.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// What detection can find on a machine (detection.h: detected_role).
#define SG_ROLES(X)                                                                                              \
    X(sql_server) X(sql_named_pipes) X(sql_browser) X(domain_controller) X(rds_licensing) X(sccm_client)         \
    X(sccm_site_server) X(psexec) X(print_spooler) X(shared_printers) X(computer_browser) X(dfs)                 \
    X(failover_cluster) X(remote_registry) X(oracle) X(exchange) X(server_service)

// The questions, in the order a front end asks them (answers.h).
#define SG_QUESTIONS(X)                                                                                          \
    X(sql_named_pipes) X(remote_admin_shares) X(domain_controller) X(rds_licensing) X(print_sharing)             \
    X(computer_browser) X(failover_cluster) X(dfs) X(oracle_named_pipes) X(remote_sam_enumeration)               \
    X(legacy_anonymous) X(smb1_clients)

// Why a target has its value (profile.h: reason).
#define SG_REASON_CODES(X)                                                                                       \
    X(no_share_dependency) X(forced_block_breaks_admin_share_users) X(forced_block_ipc_unaffected)               \
    X(keep_shares_in_use) X(keep_shares_policy) X(forced_restrict) X(autoshare_other_edition)                    \
    X(anonymous_baseline) X(anonymous_baseline_dc) X(legacy_keeps_default) X(legacy_below_default)               \
    X(no_anonymous_pipes) X(pipes_for_roles) X(pipes_for_proven_dc) X(no_anonymous_shares)                       \
    X(remote_sam_baseline) X(remote_sam_not_for_dc) X(remote_sam_needed) X(smb1_baseline) X(smb1_needed)         \
    X(custom_profile) X(outside_scope)

// What a profile or the machine warns about (profile.h, plan.h).
#define SG_WARNING_CODES(X)                                                                                      \
    X(ipc_stays) X(monitoring_alerts) X(breaks_admin_shares) X(weaker_than_default) X(server_service_off)     \
    X(policy_ownership_unknown)

// Facts about a value's current state a plan row tells (plan.h: planned_change::notices).
#define SG_NOTICE_CODES(X) X(legacy_restrict_anonymous_2) X(managed_by_gpo) X(managed_by_mdm)

// What showed who owns a value (ownership.h: ownership_evidence).
#define SG_OWNERSHIP_BASES(X)                                                                                    \
    X(cached_template) X(security_gpos_in_history) X(registry_gpos_in_history) X(mdm_winning_provider)           \
    X(mdm_provider_set) X(mdm_wins_over_gp) X(template_cache_read) X(template_cache_problem)                     \
    X(policy_keys_present) X(live_registry) X(workgroup_machine) X(policy_keys_missing_on_domain_member)         \
    X(registry_unreadable)

#define SG_VOCABULARY_ENUMERATOR(name) name,

namespace sg {

enum class role_id { SG_ROLES(SG_VOCABULARY_ENUMERATOR) };
enum class question_id { SG_QUESTIONS(SG_VOCABULARY_ENUMERATOR) };
enum class reason_code { SG_REASON_CODES(SG_VOCABULARY_ENUMERATOR) };
enum class warning_code { SG_WARNING_CODES(SG_VOCABULARY_ENUMERATOR) };
enum class notice_code { SG_NOTICE_CODES(SG_VOCABULARY_ENUMERATOR) };
enum class ownership_basis { SG_OWNERSHIP_BASES(SG_VOCABULARY_ENUMERATOR) };

/// The stable string id ("sql_server"). Throws std::logic_error for a value
/// outside the enum (a cast gone wrong), which no list entry can produce.
std::string_view id_of(role_id r);
std::string_view id_of(question_id q);
std::string_view id_of(reason_code c);
std::string_view id_of(warning_code w);
std::string_view id_of(notice_code n);
std::string_view id_of(ownership_basis b);

/// The entry with this id (exact spelling), or nullopt.
std::optional<role_id> try_parse_role(std::string_view id);
std::optional<question_id> try_parse_question(std::string_view id);
std::optional<reason_code> try_parse_reason(std::string_view id);
std::optional<warning_code> try_parse_warning(std::string_view id);
std::optional<notice_code> try_parse_notice(std::string_view id);
std::optional<ownership_basis> try_parse_ownership_basis(std::string_view id);

/// Every entry of a kind, in list order.
std::span<const role_id> all_roles();
std::span<const question_id> all_questions();
std::span<const reason_code> all_reason_codes();
std::span<const warning_code> all_warning_codes();
std::span<const notice_code> all_notice_codes();
std::span<const ownership_basis> all_ownership_bases();

/// The string ids of a list, in its order (JSON arrays, messages).
template <typename Id>
std::vector<std::string> ids_of(const std::vector<Id>& list) {
    std::vector<std::string> ids;
    ids.reserve(list.size());
    for (auto id : list) ids.emplace_back(id_of(id));
    return ids;
}

}  // namespace sg
