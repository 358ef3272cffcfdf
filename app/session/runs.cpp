#include "app/session/runs.h"

#include "wizard/backup.h"

namespace sg::session {

namespace {

std::string record(const audit_trail& audit, const run_event& event) {
    if (!audit.live) return {};
    return audit.report ? audit.report(event) : report_to_event_log(event);
}

}  // namespace

recorded_run apply_recorded(registry& reg, const plan& p, const apply_options& opts, const audit_trail& audit) {
    recorded_run run{apply_plan(reg, p, opts), {}};
    run.event_log_problem = record(audit, {"apply", p.profile_name, reg.description(), &run.report});
    return run;
}

recorded_run restore_recorded(registry& reg, const std::filesystem::path& backup, const restore_options& opts,
                              const audit_trail& audit) {
    recorded_run run{restore_backup(reg, backup, opts), {}};
    run.event_log_problem = record(audit, {"restore", path_text(backup), reg.description(), &run.report});
    return run;
}

}  // namespace sg::session
