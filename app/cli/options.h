#pragma once
// What the command line asked for, filled by CLI11 in cli.cpp. One struct for
// all subcommands: only the parsed subcommand's fields are set.
#include <string>
#include <vector>

namespace sg::cli {

struct cli_options {
    // Target and output, every subcommand that reads the registry.
    std::string snapshot;              ///< --snapshot FILE; "" = the live registry
    bool json = false;                 ///< --json

    // Which profile (plan, apply, check; recommend takes answers and strategy).
    std::string strategy;              ///< --strategy block|restrict
    std::string profile;               ///< --profile NAME|FILE
    bool recommended = false;          ///< --recommended
    std::vector<std::string> answers;  ///< --answer ID=yes|no

    // plan
    std::string export_reg;            ///< --export-reg FILE; "" = no export

    // export
    std::vector<std::string> formats;  ///< --format gpo|intune|ansible|reg|all (repeatable)
    std::string out;                   ///< --out DIR (new or empty)
    std::string undo_from;             ///< --undo-from BACKUP; "" = undo to Windows' shipped state

    // Writing (apply, restore).
    bool yes = false;                  ///< --yes: really write
    std::string backup_dir;            ///< --backup-dir DIR; "" = default_backup_folder()

    // restore
    std::string backup;                ///< --backup FILE
    std::vector<std::string> only;     ///< --only NAME[,NAME...]
    /// --force: restore a backup whose hash does not match; apply rows that break a proven role
    bool force = false;
    bool skip_unreadable = false;   ///< apply: leave out (and write the rest of) values that cannot be read
    bool include_managed = false;   ///< apply: also write values a GPO or MDM owns

    // explain
    std::string setting;               ///< SETTING (a catalog id, any case)

    // profiles show / validate
    std::string profile_argument;      ///< NAME|FILE

    // every command
    std::string lang;                  ///< --lang CODE (read before parsing, see run_cli)
};

}  // namespace sg::cli
