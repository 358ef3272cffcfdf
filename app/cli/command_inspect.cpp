// scan, recommend, plan, check: read the target, change nothing (plan
// --export-reg writes a file, never the target).
#include <filesystem>
#include <system_error>

#include "app/cli/commands.h"
#include "app/session/paths.h"
#include "app/session/plans.h"
#include "app/cli/messages.h"
#include "app/cli/selection.h"
#include "app/text/render_text.h"
#include "wizard/errors.h"
#include "wizard/json_output.h"
#include "wizard/plan.h"
#include "wizard/plan_export.h"
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

namespace {

/// True when both paths name one existing file.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
    std::error_code ec;
    return std::filesystem::equivalent(a, b, ec) && !ec;
}

/// --export-reg must not replace what the plan is read from (the snapshot, a profile file).
void check_export_target(const cli_options& opts) {
    const std::filesystem::path file(opts.export_reg);
    for (const std::string& input : {opts.snapshot, opts.profile})
        if (!input.empty() && same_file(file, input)) throw usage_error(msg::export_reg_replaces_input(file));
}

/// What went wrong, without the path file_error puts first: the message names
/// the file asked for, not the temporary sibling the durable write failed on.
std::string reason_of(const file_error& e) {
    const std::string what = e.what();
    const std::string prefix = e.path() + ": ";
    return what.starts_with(prefix) ? what.substr(prefix.size()) : what;
}

}  // namespace

exit_code run_plan(const cli_options& opts, output& o, cli_environment& env) {
    const bool exporting = !opts.export_reg.empty();
    if (exporting) check_export_target(opts);
    auto reg = open_target(opts, env);
    auto result = scan_target(opts, *reg, env);
    auto chosen = select_profile(opts, result, o);
    auto preview = session::plan_to_apply(result, chosen);  // what apply would write: unreadable rows left out

    // The file is written before anything is shown, so a failed write leaves
    // exactly one document (the error) on stdout with --json.
    nlohmann::ordered_json extra = nlohmann::ordered_json::object();
    std::filesystem::path file;
    if (exporting) {
        file = session::absolute_or_as_given(opts.export_reg);  // JSON `exported_reg`: usable from anywhere
        try {
            write_plan_reg(preview, file);
        } catch (const file_error& e) {
            write_error(o, exit_code::bad_input, msg::export_reg_failed(file, reason_of(e)), file.string());
            return exit_code::bad_input;
        }
        extra["exported_reg"] = file.string();
        if (auto breaking = preview.breaking_proven_roles(); !breaking.empty())
            write_warning(o, msg::export_reg_breaks_proven_role(file, breaking, result));
    }

    if (o.json) {
        write_json(o, plan_to_json(preview), exit_code::success, extra);
    } else {
        write_text(o, text::render_plan(preview));
        if (exporting) write_text(o, msg::exported_reg(file, preview.pending().size()));
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
    auto preview = session::plan_to_apply(result, chosen);
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
    // Compliance counts every row, an unreadable one included: it cannot be shown to comply.
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
        write_text(o, !ok                   ? msg::check_row_not_compliant(c)
                      : c.ownership.managed() ? msg::check_row_compliant_by_policy(c)
                                              : msg::check_row_compliant(c));
    }
    write_text(o, compliant ? msg::check_compliant() : msg::check_not_compliant(preview.pending().size()));
    return code;
}

}  // namespace sg::cli
