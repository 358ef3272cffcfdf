// apply: preview, then (with --yes) backup, write, verify, roll back on failure.
#include "app/cli/commands.h"
#include "app/session/plans.h"
#include "app/session/runs.h"
#include "app/cli/messages.h"
#include "app/cli/selection.h"
#include "app/text/render_text.h"
#include "wizard/apply.h"
#include "wizard/ids.h"
#include "wizard/json_output.h"
#include "wizard/plan.h"
#include "wizard/reg_path.h"
#include "wizard/version.h"
#include "wizard/vocabulary.h"

namespace sg::cli {

namespace {

/// What could not be undone, named so the administrator can fix it by hand.
void report_rollback_failures(const run_report& report, output& o) {
    for (const auto& r : report.results) {
        if (r.outcome == write_outcome::rollback_failed)
            write_note(o, msg::value_left_changed(r.key, r.value_name, r.error));
    }
}

/// The journal is the audit trail: say so when it could not be written.
void report_journal_problem(const run_report& report, output& o) {
    if (!report.journal_error.empty()) write_warning(o, msg::journal_failed(report.journal_error));
}

/// The Event Log records changes to this machine only (session/runs.h).
session::audit_trail audit_for(const cli_options& opts, cli_environment& env) {
    return {opts.snapshot.empty(), env.report_event};
}

void report_event_log_problem(const std::string& problem, output& o) {
    if (!problem.empty()) write_warning(o, msg::event_log_failed(problem));
}

}  // namespace

exit_code run_apply(const cli_options& opts, output& o, cli_environment& env) {
    if (auto code = require_elevation_for_writes(opts, o, env); code != exit_code::success) return code;

    auto reg = open_target(opts, env);
    auto result = scan_target(opts, *reg, env);
    auto chosen = select_profile(opts, result, o);
    auto preview = session::plan_to_apply(result, chosen, opts.include_managed ? session::managed_rows::include
                                                                               : session::managed_rows::leave_unticked);

    if (!opts.yes) {
        // Show what would happen; writing needs an explicit --yes.
        if (o.json) {
            write_error(o, exit_code::bad_input, msg::apply_needs_yes(), {}, 0, 0,
                        {{"plan", nlohmann::ordered_json::parse(plan_to_json(preview))}});
        } else {
            write_text(o, text::render_plan(preview));
            write_error(o, exit_code::bad_input, msg::apply_needs_yes());
        }
        return exit_code::bad_input;
    }

    // A value that cannot be read is never written (session/plans.h); unattended,
    // leaving it out while writing the rest needs saying so.
    if (auto unreadable = session::unreadable_rows(preview); !unreadable.empty()) {
        if (!opts.skip_unreadable) {
            write_error(o, exit_code::rolled_back, msg::unreadable_refused(unreadable));
            return exit_code::rolled_back;
        }
        for (const auto* c : unreadable) write_warning(o, msg::unreadable_left_out(*c));
    }

    // A policy puts its own value back: its rows are left out and named, unless included.
    for (const auto* c : session::managed_rows_of(preview))
        write_note(o, opts.include_managed ? msg::managed_included(*c) : msg::managed_left_out(*c));

    // Detection proof beats a profile: a domain controller's anonymous pipes are
    // not emptied unattended.
    if (auto breaking = preview.breaking_proven_roles(); !breaking.empty() && !opts.force)
        throw usage_error(msg::breaks_proven_role(breaking, result));

    apply_options run_options;
    run_options.backup_folder = backup_folder_for(opts, env);
    run_options.tool_version = std::string(sg::version);
    run_options.key_file = env.key_file();
    auto run = session::apply_recorded(*reg, preview, run_options, audit_for(opts, env));
    const run_report& report = run.report;
    auto code = exit_code_for(report);

    report_event_log_problem(run.event_log_problem, o);
    report_journal_problem(report, o);

    if (o.json) {
        write_json(o, run_report_to_json(report, "apply"), code,
                   {{"profile", chosen.name}, {"strategy", std::string(strategy_id(chosen.strat))},
                    {"warnings", ids_of(chosen.warnings)},
                    {"target", reg->description()}, {"time", env.now_utc()}});
    } else {
        if (opts.recommended) {
            write_text(o, msg::helpdesk_summary(result, chosen, report));
        } else {
            write_text(o, text::render_plan(preview));
            write_text(o, text::render_run_report(report));
        }
        if (!report.backup.empty() && report.status == run_status::success)
            write_text(o, msg::undo_hint(report.backup, opts.snapshot));
    }
    if (code == exit_code::rollback_failed) report_rollback_failures(report, o);
    return code;
}

exit_code run_restore(const cli_options& opts, output& o, cli_environment& env) {
    if (auto code = require_elevation_for_writes(opts, o, env); code != exit_code::success) return code;

    std::filesystem::path backup_path(opts.backup);
    // Read and check the backup before the target is opened, with the engine's
    // own reader (restore_backup checks the same again): a missing or crafted
    // backup, or one holding anything ShareGuard does not manage, stops us here.
    const auto key_file = env.key_file();
    auto backup = read_backup_file(backup_path, key_file);
    if (backup.doubt != backup_doubt::none) {
        if (!opts.force) throw usage_error(msg::backup_not_verified(backup_path.string(), backup.doubt));
        write_warning(o, msg::backup_not_verified_forced(backup_path.string(), backup.doubt));
    }
    for (const auto& name : opts.only) {
        bool listed = false;
        for (const auto& e : backup.entries) listed = listed || names_equal(e.value_name, name);
        if (auto s = find_setting(name)) {
            for (const auto& e : backup.entries) listed = listed || names_equal(e.value_name, s->value_name);
        }
        if (!listed) throw usage_error(msg::not_in_backup(name, backup_path.string()));
    }

    if (!opts.yes) {
        if (o.json) {
            write_error(o, exit_code::bad_input, msg::restore_needs_yes());
        } else {
            write_text(o, msg::restore_preview(backup, opts.only));
            write_error(o, exit_code::bad_input, msg::restore_needs_yes());
        }
        return exit_code::bad_input;
    }

    // A backup taken on trust (--force) is listed before anything is written.
    if (backup.doubt != backup_doubt::none) write_note(o, msg::restore_preview(backup, opts.only));

    auto reg = open_target(opts, env);
    restore_options run_options;
    run_options.backup_folder = backup_folder_for(opts, env);
    run_options.force = opts.force;
    run_options.only = opts.only;
    run_options.tool_version = std::string(sg::version);
    run_options.key_file = key_file;
    run_options.facts = live_facts_for(opts, env);
    auto run = session::restore_recorded(*reg, backup_path, run_options, audit_for(opts, env));
    const run_report& report = run.report;
    auto code = exit_code_for(report);

    report_event_log_problem(run.event_log_problem, o);
    report_journal_problem(report, o);

    if (o.json) {
        write_json(o, run_report_to_json(report, "restore"), code,
                   {{"backup_restored", backup_path.string()},
                    {"backup_verified", backup.doubt == backup_doubt::none},
                    {"backup_check", std::string(backup_doubt_id(backup.doubt))}, {"target", reg->description()},
                    {"time", env.now_utc()}});
    } else {
        write_text(o, text::render_run_report(report));
    }
    if (code == exit_code::rollback_failed) report_rollback_failures(report, o);
    return code;
}

}  // namespace sg::cli
