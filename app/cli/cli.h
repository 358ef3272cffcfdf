#pragma once
// shareguard-cli as a library: run_cli() is the whole program, with its
// surroundings (which registry, elevation, clock, event log) supplied by a
// cli_environment, so tests drive every subcommand in-process with string
// streams and main.cpp stays trivial.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "app/i18n/language.h"
#include "app/session/event_log.h"
#include "wizard/detection.h"
#include "wizard/registry.h"

namespace sg {
struct run_report;
}

namespace sg::cli {

using session::run_event;

struct cli_environment {
    /// Opens the target: the snapshot file, or the live registry when nullopt.
    /// Throws file_error / input_error for a bad snapshot, usage_error where there is no live registry.
    std::function<std::unique_ptr<registry>(const std::optional<std::filesystem::path>& snapshot)> open_registry;
    /// What only the running Windows tells a scan of the live registry (Server service, SMBv1).
    std::function<live_facts()> probe_live_facts;
    /// Whether the process may write the live registry (elevated administrator).
    std::function<bool()> is_elevated;
    /// "2026-11-25T22:58:25Z", for output that records when something ran.
    std::function<std::string()> now_utc;
    /// Where backups and the journal go unless --backup-dir says otherwise.
    std::function<std::filesystem::path()> default_backup_folder;
    /// The machine's backup key, which seals every backup and verifies one before a restore
    /// (default_backup_key_file(); the same whatever --backup-dir says).
    std::function<std::filesystem::path()> key_file;
    /// Reports a run on the live registry to the system's audit log (no-op off Windows).
    /// Returns "" or the reason it could not (shown as a warning; the journal still holds the run).
    std::function<std::string(const run_event&)> report_event;
    /// Installs the language for --lang (or "" for the user's own); empty function: English.
    std::function<i18n::language_outcome(const std::string& requested)> install_language;
};

/// The real machine: snapshot files or the live registry, sg::process_is_elevated(), the system clock.
cli_environment default_environment();

/// Runs shareguard-cli with argv (argv[0] is the program name); returns the exit code (exit_codes.h).
int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err, cli_environment& env);

/// Bad command-line use found after parsing (conflicting or malformed values): exit code 2.
class usage_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace sg::cli
