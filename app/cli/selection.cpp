#include "app/cli/selection.h"

#include <fmt/format.h>

#include "app/cli/cli.h"
#include "app/cli/messages.h"
#include "app/cli/profile_trust.h"
#include "wizard/recommendation.h"
#include "wizard/reg_path.h"
#include "wizard/vocabulary.h"

namespace sg::cli {

namespace {

bool looks_like_a_file(const std::string& text) {
    return text.find('/') != std::string::npos || text.find('\\') != std::string::npos ||
           (text.size() > 5 && names_equal(std::string_view(text).substr(text.size() - 5), ".json"));
}

std::vector<std::string> builtin_names() {
    std::vector<std::string> names;
    for (const auto& info : builtin_profiles()) names.push_back(info.name);
    return names;
}

}  // namespace

answer_set answers_for(const scan_result& scan, const std::vector<std::string>& answer_arguments) {
    answer_set answers = default_answers(scan);
    for (const auto& argument : answer_arguments) {
        auto eq = argument.find('=');
        if (eq == std::string::npos) throw usage_error(msg::bad_answer_syntax(argument));
        auto id = argument.substr(0, eq);
        auto word = argument.substr(eq + 1);
        bool yes;
        if (names_equal(word, "yes") || names_equal(word, "y") || word == "1" || names_equal(word, "true")) {
            yes = true;
        } else if (names_equal(word, "no") || names_equal(word, "n") || word == "0" || names_equal(word, "false")) {
            yes = false;
        } else {
            throw usage_error(msg::bad_answer_syntax(argument));
        }
        auto question = try_parse_question(id);
        if (!question) {
            std::vector<std::string> ids;
            for (const auto& q : questions()) ids.emplace_back(id_of(q.id));
            throw usage_error(msg::unknown_question(id, ids));
        }
        set_answer(answers, *question, yes);
    }
    return answers;
}

strategy parse_strategy_argument(const std::string& text) {
    auto s = try_parse_strategy(text);
    if (!s) throw usage_error(msg::unknown_strategy(text));
    return *s;
}

profile load_profile(const std::string& name_or_file, output& o) {
    if (!looks_like_a_file(name_or_file)) {
        if (auto builtin = try_builtin_profile(name_or_file)) return *builtin;
        std::error_code ec;
        if (!std::filesystem::is_regular_file(name_or_file, ec))
            throw usage_error(msg::unknown_profile(name_or_file, builtin_names()));
    }
    return load_profile_file(name_or_file, o);
}

profile load_profile_file(const std::filesystem::path& file, output& o) {
    auto p = read_profile_file(file);
    for (const auto& problem : profile_trust_problems(file)) write_warning(o, msg::trust_problem_text(problem));
    return p;
}

profile select_profile(const cli_options& opts, const scan_result& scan, output& o) {
    if (!opts.profile.empty()) return load_profile(opts.profile, o);
    auto answers = answers_for(scan, opts.answers);
    std::optional<strategy> forced;
    if (!opts.strategy.empty()) forced = parse_strategy_argument(opts.strategy);
    return recommend(answers, scan.product, forced);
}

}  // namespace sg::cli
