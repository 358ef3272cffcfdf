#pragma once
// Applying a plan: backup first (flushed to disk before the first write), then
// write each change and read it back; on any failure roll back what was written,
// in reverse, and report per setting. Restoring a backup goes through the same path.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "wizard/backup.h"
#include "wizard/plan.h"
#include "wizard/registry.h"

namespace sg {

enum class write_outcome {
    unchanged,       ///< nothing to write (already at the target, or unticked)
    written,         ///< written and verified
    rolled_back,     ///< written, then restored after a later failure
    failed,          ///< this write (or its verification) failed
    not_attempted,   ///< an earlier failure stopped the run before this one
    rollback_failed, ///< written, and restoring it failed: the registry differs from before
    /// not written: a GPO or MDM owns the value (ownership.h) and the row was left unticked;
    /// the policy is where it changes
    left_to_policy,
};

struct change_result {
    std::string setting_id;   ///< "" for restore entries that are not catalog settings
    std::string key;
    std::string value_name;
    write_outcome outcome = write_outcome::unchanged;
    std::string error;        ///< the exception text, for failed / rollback_failed
};

enum class run_status {
    success,            ///< everything written and verified
    nothing_to_do,      ///< no row needed a write; nothing was written, no backup made
    stale_plan,         ///< a value changed since the preview; nothing written
    backup_failed,      ///< the backup could not be written; nothing written
    rolled_back,        ///< a write failed; every earlier write was undone
    rollback_failed,    ///< a write failed and undoing failed too
};

struct run_report {
    run_status status = run_status::success;
    std::filesystem::path backup;     ///< the backup written (empty when none)
    std::vector<change_result> results;
    restart_need restart = restart_need::none;  ///< strongest need among written rows
    std::string error;                ///< the first failure's text
    std::string journal_error;        ///< why the journal line could not be written ("" when it was)
};

struct apply_options {
    std::filesystem::path backup_folder;   ///< created private if missing
    std::string tool_version;
    std::filesystem::path key_file;        ///< the backup key (default_backup_key_file()); created on first use
};

/// Applies the plan's pending rows. Checks first that every row's current value
/// still matches the plan (else stale_plan). Journals the run in backup_folder.
run_report apply_plan(registry& reg, const plan& p, const apply_options& opts);

struct restore_options {
    std::filesystem::path backup_folder;   ///< where the pre-restore backup and journal go
    bool force = false;                    ///< accept a backup that does not verify (backup_doubt)
    std::vector<std::string> only;         ///< value names (or setting ids) to restore; empty: all
    std::string tool_version;
    std::filesystem::path key_file;        ///< the backup key that verifies it and seals the pre-restore backup
    live_facts facts;                      ///< the running Windows' answers (live registry), for the restart judgement
};

/// Restores a backup. Throws input_error, writing nothing, for a file holding
/// anything ShareGuard does not manage (even forced) and for one that does not
/// verify as written on this machine (backup_doubt) unless forced. Then backs
/// up the current state, writes, verifies, rolls back on failure.
run_report restore_backup(registry& reg, const std::filesystem::path& backup_file,
                          const restore_options& opts);

/// The journal file in a backup folder ("journal.jsonl").
std::filesystem::path journal_path(const std::filesystem::path& backup_folder);

}  // namespace sg
