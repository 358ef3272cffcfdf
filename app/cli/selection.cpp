#include "app/cli/selection.h"

#include <fmt/format.h>

#include "app/cli/cli.h"
#include "app/cli/messages.h"
#include "app/session/profile_source.h"
#include "app/text/profile_text.h"
#include "wizard/reg_path.h"
#include "wizard/recommendation.h"
#include "wizard/vocabulary.h"

namespace sg::cli {

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
    try {
        auto r = session::resolve_profile(name_or_file);
        for (const auto& problem : r.trust) write_warning(o, text::trust_problem_text(problem));
        return std::move(r.chosen);
    } catch (const session::unknown_profile_error& e) {
        throw usage_error(text::unknown_profile_text(e.name()));
    }
}

profile load_profile_file(const std::filesystem::path& file, output& o) {
    auto r = session::read_profile_from_file(file);
    for (const auto& problem : r.trust) write_warning(o, text::trust_problem_text(problem));
    return std::move(r.chosen);
}

profile select_profile(const cli_options& opts, const scan_result& scan, output& o) {
    if (!opts.profile.empty()) return load_profile(opts.profile, o);
    auto answers = answers_for(scan, opts.answers);
    std::optional<strategy> forced;
    if (!opts.strategy.empty()) forced = parse_strategy_argument(opts.strategy);
    return recommend(answers, scan.product, forced);
}

}  // namespace sg::cli
