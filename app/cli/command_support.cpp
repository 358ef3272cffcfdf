#include "app/cli/commands.h"
#include "app/cli/messages.h"
#include "wizard/apply.h"

namespace sg::cli {

std::unique_ptr<registry> open_target(const cli_options& opts, cli_environment& env) {
    std::optional<std::filesystem::path> snapshot;
    if (!opts.snapshot.empty()) snapshot = std::filesystem::path(opts.snapshot);
    return env.open_registry(snapshot);
}

live_facts live_facts_for(const cli_options& opts, cli_environment& env) {
    const bool live = opts.snapshot.empty();
    return live && env.probe_live_facts ? env.probe_live_facts() : live_facts{};
}

scan_result scan_target(const cli_options& opts, registry& reg, cli_environment& env) {
    return scan(reg, live_facts_for(opts, env));
}

exit_code require_elevation_for_writes(const cli_options& opts, output& o, cli_environment& env) {
    // A snapshot is a file the user chose; only the live registry needs an administrator.
    if (!opts.snapshot.empty() || env.is_elevated()) return exit_code::success;
    write_error(o, exit_code::needs_elevation, msg::needs_elevation());
    return exit_code::needs_elevation;
}

std::filesystem::path backup_folder_for(const cli_options& opts, cli_environment& env) {
    if (!opts.backup_dir.empty()) return opts.backup_dir;
    return env.default_backup_folder();
}

namespace {

bool left_to_policy(const run_report& report) {
    for (const auto& r : report.results)
        if (r.outcome == write_outcome::left_to_policy) return true;
    return false;
}

}  // namespace

exit_code exit_code_for(const run_report& report) {
    switch (report.status) {
        case run_status::success:
            if (report.restart != restart_need::none) return exit_code::restart_pending;
            return left_to_policy(report) ? exit_code::left_to_policy : exit_code::success;
        case run_status::nothing_to_do:
            return left_to_policy(report) ? exit_code::left_to_policy : exit_code::nothing_to_do;
        // Nothing was written in these three: the registry is as it was.
        case run_status::stale_plan:
        case run_status::backup_failed:
        case run_status::rolled_back: return exit_code::rolled_back;
        case run_status::rollback_failed: return exit_code::rollback_failed;
    }
    return exit_code::internal_error;
}

}  // namespace sg::cli
