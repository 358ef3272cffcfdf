#pragma once
// One function per subcommand. Each writes its result (text or JSON) and
// returns the exit code; errors are thrown and mapped to codes in cli.cpp.
#include "app/cli/cli.h"
#include "app/cli/exit_codes.h"
#include "app/cli/options.h"
#include "app/cli/output.h"

namespace sg::cli {

exit_code run_scan(const cli_options& opts, output& o, cli_environment& env);
exit_code run_recommend(const cli_options& opts, output& o, cli_environment& env);
exit_code run_plan(const cli_options& opts, output& o, cli_environment& env);
exit_code run_check(const cli_options& opts, output& o, cli_environment& env);
exit_code run_explain(const cli_options& opts, output& o, cli_environment& env);
exit_code run_export(const cli_options& opts, output& o, cli_environment& env);
exit_code run_apply(const cli_options& opts, output& o, cli_environment& env);
exit_code run_restore(const cli_options& opts, output& o, cli_environment& env);
exit_code run_profiles_list(const cli_options& opts, output& o);
exit_code run_profiles_show(const cli_options& opts, output& o);
exit_code run_profiles_validate(const cli_options& opts, output& o);

// Shared by the commands (command_support.cpp).

/// Opens --snapshot or the live registry through the environment.
std::unique_ptr<registry> open_target(const cli_options& opts, cli_environment& env);
/// What the running Windows says of this computer (Server service, SMBv1); nothing for a snapshot.
live_facts live_facts_for(const cli_options& opts, cli_environment& env);
/// Scans the opened target: this computer's with its live facts (Server service, SMBv1), a snapshot from its registry alone.
scan_result scan_target(const cli_options& opts, registry& reg, cli_environment& env);
/// Before anything is opened for writing: the live registry needs an elevated process.
/// Returns needs_elevation (after writing the message) or success.
exit_code require_elevation_for_writes(const cli_options& opts, output& o, cli_environment& env);
/// --backup-dir or the environment's default.
std::filesystem::path backup_folder_for(const cli_options& opts, cli_environment& env);
/// The documented code for how a run ended.
exit_code exit_code_for(const run_report& report);

}  // namespace sg::cli
