#pragma once
// The journal: one JSON object per line for every apply and restore, appended
// and flushed in the backup folder, so an administrator can see what ShareGuard did.
#include <filesystem>
#include <string>
#include <vector>

namespace sg {

struct run_report;
struct plan;

struct journal_record {
    std::string action;       ///< "apply" or "restore"
    std::string time_utc;
    std::string machine;
    std::string target;
    std::string profile;      ///< profile name (apply) or backup file (restore)
    bool forced = false;      ///< restore: the backup's hash did not match and `force` accepted it
    std::string backup_check; ///< restore: backup_doubt_id of the backup ("verified" or why not); "" for apply
    std::string user;         ///< the account that ran it (current_account_name())
    std::string tool_version; ///< the ShareGuard version that ran it
};

/// Appends one line for the run. Throws file_error.
void append_journal(const std::filesystem::path& journal_file, const journal_record& record,
                    const run_report& report);
/// Every record in the file, as JSON text lines (for tests and `journal` views).
std::vector<std::string> read_journal_lines(const std::filesystem::path& journal_file);

}  // namespace sg
