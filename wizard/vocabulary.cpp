// The string ids come from the same lists as the enums (vocabulary.h): entry i
// of a list is enumerator i and string i.
#include "wizard/vocabulary.h"

#include <array>
#include <stdexcept>
#include <string>

namespace sg {
namespace {

#define SG_VOCABULARY_STRING(name) #name,

constexpr std::string_view role_ids[] = {SG_ROLES(SG_VOCABULARY_STRING)};
constexpr std::string_view question_ids[] = {SG_QUESTIONS(SG_VOCABULARY_STRING)};
constexpr std::string_view reason_ids[] = {SG_REASON_CODES(SG_VOCABULARY_STRING)};
constexpr std::string_view warning_ids[] = {SG_WARNING_CODES(SG_VOCABULARY_STRING)};
constexpr std::string_view notice_ids[] = {SG_NOTICE_CODES(SG_VOCABULARY_STRING)};
constexpr std::string_view ownership_basis_ids[] = {SG_OWNERSHIP_BASES(SG_VOCABULARY_STRING)};

#undef SG_VOCABULARY_STRING

template <typename Id, std::size_t N>
std::string_view id_in(const std::string_view (&ids)[N], Id value, const char* kind) {
    const auto index = static_cast<std::size_t>(value);  // a negative value wraps far past N
    if (index >= N)
        throw std::logic_error(std::string(kind) + " " + std::to_string(static_cast<long long>(value)) +
                               " is not in the vocabulary");
    return ids[index];
}

template <typename Id, std::size_t N>
std::optional<Id> parse_in(const std::string_view (&ids)[N], std::string_view id) {
    for (std::size_t i = 0; i < N; ++i)
        if (ids[i] == id) return static_cast<Id>(i);
    return std::nullopt;
}

template <typename Id, std::size_t N>
constexpr std::array<Id, N> every(const std::string_view (&)[N]) {
    std::array<Id, N> all{};
    for (std::size_t i = 0; i < N; ++i) all[i] = static_cast<Id>(i);
    return all;
}

constexpr auto every_role = every<role_id>(role_ids);
constexpr auto every_question = every<question_id>(question_ids);
constexpr auto every_reason = every<reason_code>(reason_ids);
constexpr auto every_warning = every<warning_code>(warning_ids);
constexpr auto every_notice = every<notice_code>(notice_ids);
constexpr auto every_ownership_basis = every<ownership_basis>(ownership_basis_ids);

}  // namespace

std::string_view id_of(role_id r) { return id_in(role_ids, r, "role"); }
std::string_view id_of(question_id q) { return id_in(question_ids, q, "question"); }
std::string_view id_of(reason_code c) { return id_in(reason_ids, c, "reason code"); }
std::string_view id_of(warning_code w) { return id_in(warning_ids, w, "warning code"); }
std::string_view id_of(notice_code n) { return id_in(notice_ids, n, "notice code"); }
std::string_view id_of(ownership_basis b) { return id_in(ownership_basis_ids, b, "ownership basis"); }

std::optional<role_id> try_parse_role(std::string_view id) { return parse_in<role_id>(role_ids, id); }
std::optional<question_id> try_parse_question(std::string_view id) { return parse_in<question_id>(question_ids, id); }
std::optional<reason_code> try_parse_reason(std::string_view id) { return parse_in<reason_code>(reason_ids, id); }
std::optional<warning_code> try_parse_warning(std::string_view id) { return parse_in<warning_code>(warning_ids, id); }
std::optional<notice_code> try_parse_notice(std::string_view id) { return parse_in<notice_code>(notice_ids, id); }
std::optional<ownership_basis> try_parse_ownership_basis(std::string_view id) {
    return parse_in<ownership_basis>(ownership_basis_ids, id);
}

std::span<const role_id> all_roles() { return every_role; }
std::span<const question_id> all_questions() { return every_question; }
std::span<const reason_code> all_reason_codes() { return every_reason; }
std::span<const warning_code> all_warning_codes() { return every_warning; }
std::span<const notice_code> all_notice_codes() { return every_notice; }
std::span<const ownership_basis> all_ownership_bases() { return every_ownership_basis; }

}  // namespace sg
