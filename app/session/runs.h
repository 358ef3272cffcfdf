#pragma once
// Apply, restore and undo as both front ends run them: the engine writes (with
// its backup, verification, rollback and journal line), then the run is
// reported to the Windows Event Log when the target is this computer. One
// place, so the console and the wizard leave the same audit trail.
#include <filesystem>
#include <functional>
#include <string>

#include "app/session/event_log.h"
#include "wizard/apply.h"

namespace sg::session {

/// Reports a run to the Event Log: "" or why it could not.
using event_reporter = std::function<std::string(const run_event&)>;

/// Where a run is recorded besides the journal.
struct audit_trail {
    bool live = false;          ///< this computer's registry: the Event Log records it (a snapshot is a file)
    event_reporter report;      ///< empty: report_to_event_log
};

struct recorded_run {
    run_report report;
    std::string event_log_problem;  ///< "" or why the Event Log has no record of the run
};

/// Applies the plan's pending rows (apply_plan), then records the run.
recorded_run apply_recorded(registry& reg, const plan& p, const apply_options& opts, const audit_trail& audit);

/// Restores a backup, the wizard's Undo included (restore_backup), then records the run.
recorded_run restore_recorded(registry& reg, const std::filesystem::path& backup, const restore_options& opts,
                              const audit_trail& audit);

}  // namespace sg::session
