// scan, recommend, plan, check: read the target, change nothing.
#include "app/cli/commands.h"
#include "app/cli/messages.h"
#include "app/cli/selection.h"
#include "app/text/render_text.h"
#include "wizard/json_output.h"
#include "wizard/plan.h"
#include "wizard/recommendation.h"
#include "wizard/setting_card.h"

namespace sg::cli {

exit_code run_scan(const cli_options& opts, output& o, cli_environment& env) {
    auto reg = open_target(opts, env);
    auto result = scan_target(opts, *reg, env);
    if (o.json) {
        write_json(o, scan_to_json(result), exit_code::success);
    } else {
        write_text(o, text::render_scan(result));
    }
    return exit_code::success;
}

exit_code run_recommend(const cli_options& opts, output& o, cli_environment& env) {
    auto reg = open_target(opts, env);
    auto result = scan_target(opts, *reg, env);
    auto answers = answers_for(result, opts.answers);
    std::optional<strategy> forced;
    if (!opts.strategy.empty()) forced = parse_strategy_argument(opts.strategy);
    auto recommendation = recommend(answers, result.product, forced);
    if (o.json) {
        write_json(o, recommendation_to_json(answers, recommendation), exit_code::success);
    } else {
        write_text(o, text::render_answers(answers));
        write_text(o, text::render_recommendation(recommendation));
    }
    return exit_code::success;
}

exit_code run_plan(const cli_options& opts, output& o, cli_environment& env) {
    auto reg = open_target(opts, env);
    auto result = scan_target(opts, *reg, env);
    auto chosen = select_profile(opts, result, o);
    auto preview = make_plan(result, chosen);
    if (o.json) {
        write_json(o, plan_to_json(preview), exit_code::success);
    } else {
        write_text(o, text::render_plan(preview));
    }
    return exit_code::success;
}

exit_code run_explain(const cli_options& opts, output& o, cli_environment& env) {
    const setting* s = find_setting(opts.setting);
    if (!s) throw usage_error(msg::unknown_setting(opts.setting));
    // The card speaks of this machine: its values, and what the chosen (or the
    // recommended) profile proposes for it and why.
    auto reg = open_target(opts, env);
    auto result = scan_target(opts, *reg, env);
    auto chosen = select_profile(opts, result, o);
    auto preview = make_plan(result, chosen);
    auto card = make_card(*s, &result, &preview);
    if (o.json) {
        write_json(o, card_to_json(card), exit_code::success);
    } else {
        write_text(o, text::render_card(card));
    }
    return exit_code::success;
}

exit_code run_check(const cli_options& opts, output& o, cli_environment& env) {
    auto reg = open_target(opts, env);
    auto result = scan_target(opts, *reg, env);
    auto chosen = select_profile(opts, result, o);
    auto preview = make_plan(result, chosen);
    bool compliant = preview.pending().empty();
    auto code = compliant ? exit_code::success : exit_code::not_compliant;
    if (o.json) {
        write_json(o, check_to_json(preview), code);
        return code;
    }
    write_text(o, msg::check_heading(preview.profile_name, preview.target));
    for (const auto& c : preview.changes) {
        bool ok = c.action == change_action::none;
        write_text(o, ok ? msg::check_row_compliant(c) : msg::check_row_not_compliant(c));
    }
    write_text(o, compliant ? msg::check_compliant() : msg::check_not_compliant(preview.pending().size()));
    return code;
}

}  // namespace sg::cli
