#include "app/cli/messages.h"

#include <fmt/format.h>

#include "app/text/describe.h"
#include "app/text/ownership_text.h"
#include "app/text/render_text.h"
#include "app/text/translate.h"
#include "wizard/catalog.h"
#include "wizard/reg_path.h"

namespace sg::cli::msg {

using text::tr;
using text::tr_n;

namespace {

/// Formats a translated pattern: tr_format(tr("... {} ..."), args) keeps tr() visible to xgettext.
template <typename... Args>
std::string tr_format(const std::string& translated, Args&&... args) {
    return fmt::format(fmt::runtime(translated), std::forward<Args>(args)...);
}

/// The command as the administrator types it on this system.
#ifdef _WIN32
constexpr const char* program = "ShareGuardCli";
#else
constexpr const char* program = "shareguard-cli";
#endif

}  // namespace

std::string program_name() { return program; }

namespace {

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += ", ";
        out += item;
    }
    return out;
}

}  // namespace

// ---- prefixes and general errors ----

std::string error_prefix() { return tr("error: "); }
std::string warning_prefix() { return tr("warning: "); }
std::string see_help() { return tr("Run with --help for usage."); }

std::string internal_error(const std::string& what) {
    return tr_format(tr("internal error: {} (this is a bug in ShareGuard; nothing was written unless reported above)"),
                  what);
}

std::string registry_failed(const std::string& what) { return tr_format(tr("reading the registry failed: {}"), what); }

std::string registry_access_denied(const std::string& what) {
    return tr_format(tr("access to the registry was denied ({}). Run ShareGuardCli from an elevated prompt "
                  "(Run as administrator)."),
                  what);
}

std::string needs_elevation() {
    return tr("changing the live registry needs administrator rights. Open an elevated prompt "
              "(Run as administrator) and run the command again; nothing was changed.");
}

std::string live_registry_only_on_windows() {
    return tr("the live registry exists only on Windows; pass --snapshot FILE to work on a .reg snapshot.");
}

// ---- options and input ----

std::string bad_answer_syntax(const std::string& argument) {
    return tr_format(tr("--answer \"{}\": expected ID=yes or ID=no"), argument);
}

std::string unknown_question(const std::string& id, const std::vector<std::string>& known) {
    return tr_format(tr("--answer: unknown question \"{}\" (questions: {})"), id, join(known));
}

std::string unknown_strategy(const std::string& text) {
    return tr_format(tr("\"{}\" is not a strategy (use block or restrict)"), text);
}


// ---- check ----

std::string check_heading(const std::string& profile_name, const std::string& target) {
    return tr_format(tr("Compliance with profile \"{}\" on {}:"), profile_name, target);
}

std::string check_row_compliant(const planned_change& change) {
    return tr_format(tr("  compliant      {}: {}"), change.setting_id, text::value_text(change.current));
}

std::string check_row_not_compliant(const planned_change& change) {
    std::string line = tr_format(tr("  NOT compliant  {}: {} (profile: {})"), change.setting_id,
                                 text::value_text(change.current), text::value_text(change.desired));
    if (change.ownership.managed()) line += "\n                 " + text::ownership_line(change.ownership);
    return line;
}

std::string check_row_compliant_by_policy(const planned_change& change) {
    return tr_format(tr("  compliant by policy  {}: {}; {}"), change.setting_id, text::value_text(change.current),
                     text::ownership_line(change.ownership));
}

std::string check_compliant() { return tr("Compliant: every setting matches the profile."); }

std::string check_not_compliant(std::size_t count) {
    return tr_format(tr_n("Not compliant: {} setting differs from the profile. Nothing was changed.",
                          "Not compliant: {} settings differ from the profile. Nothing was changed.", count),
                     count);
}

// ---- plan --export-reg ----

std::string exported_reg(const std::filesystem::path& file, std::size_t changes) {
    if (changes == 0)
        return tr_format(tr("Nothing is pending: {} holds no values (a valid registry file that changes nothing)."),
                         file.string());
    return tr_format(tr_n("The {} pending change is in {} (a registry file: importing it writes no backup, apply does).",
                          "The {} pending changes are in {} (a registry file: importing it writes no backup, apply "
                          "does).",
                          changes),
                     changes, file.string());
}

std::string export_reg_failed(const std::filesystem::path& file, const std::string& problem) {
    return tr_format(tr("could not write the registry file {} ({}); nothing else was changed."), file.string(),
                     problem);
}

std::string export_reg_replaces_input(const std::filesystem::path& file) {
    return tr_format(tr("--export-reg {}: the plan is read from that file; choose another one (nothing was written)."),
                     file.string());
}

// ---- apply / restore ----

std::string apply_needs_yes() {
    return tr("nothing was written: add --yes to apply these changes (a backup is written first).");
}

std::string restore_needs_yes() { return tr("nothing was written: add --yes to restore this backup."); }

std::string undo_hint(const std::filesystem::path& backup, const std::string& snapshot) {
    if (snapshot.empty())
        return tr_format(tr("To undo: {} restore --backup \"{}\" --yes (or import the backup with regedit)."),
                         program, backup.string());
    return tr_format(tr("To undo: {} restore --snapshot \"{}\" --backup \"{}\" --yes"), program, snapshot,
                     backup.string());
}

std::string value_left_changed(const std::string& key, const std::string& value_name, const std::string& error) {
    return tr_format(tr("NOT RESTORED: {}\\{} still has the new value ({}). Set it back by hand or import the backup."),
                  key, value_name.empty() ? std::string("(Default)") : value_name, error);
}

std::string unreadable_refused(const std::vector<const planned_change*>& rows) {
    std::string names;
    for (const auto* c : rows)
        names += fmt::format("\n  {}\\{}", c->key, c->value_name);
    return tr_format(tr_n("nothing was written: ShareGuard could not read {} value it would change, so it can "
                          "neither back it up nor check it first:{}\nFix the access to the key and run again, or "
                          "add --skip-unreadable to write the other values and leave this one as it is.",
                          "nothing was written: ShareGuard could not read {} values it would change, so it can "
                          "neither back them up nor check them first:{}\nFix the access to the key and run again, or "
                          "add --skip-unreadable to write the other values and leave these as they are.",
                          rows.size()),
                     rows.size(), names);
}

std::string unreadable_left_out(const planned_change& row) {
    return tr_format(tr("{}\\{} could not be read and is left as it is (--skip-unreadable)."), row.key, row.value_name);
}

std::string event_log_failed(const std::string& problem) {
    return tr_format(tr("could not write to the Windows Event Log ({}); the journal still records this run."), problem);
}

std::string journal_failed(const std::string& problem) {
    return tr_format(tr("the journal line for this run could not be written ({}); the backup file still records "
                        "the previous values."),
                     problem);
}

std::string helpdesk_summary(const scan_result& scan, const profile& applied, const run_report& report) {
    std::string out = tr_format(tr("ShareGuard: recommended settings for {} ({}).\n"),
                             scan.machine_name.empty() ? scan.target : scan.machine_name,
                             text::product_name(scan.product));
    std::vector<std::string> roles;
    for (const auto& r : scan.roles) roles.push_back(text::role_name(r.role));
    out += roles.empty() ? tr("Found: no service that needs the admin shares or anonymous access.") + "\n"
                         : tr_format(tr("Found: {}.\n"), join(roles));
    out += tr_format(tr("Strategy: {}.\n"), text::strategy_name(applied.strat));
    std::size_t written = 0;
    for (const auto& r : report.results) written += r.outcome == write_outcome::written ? 1 : 0;
    out += tr_format(tr("Result: {}\n"), text::run_status_line(report));
    out += tr_format(tr("Settings written: {}\n"), written);
    if (auto left = text::left_to_policy_count(report); left > 0)
        out += tr_format(tr("Left to a policy (GPO or MDM): {}\n"), left);
    if (!report.backup.empty()) out += tr_format(tr("Backup: {}\n"), report.backup.string());
    out += tr_format(tr("Restart: {}\n"), text::restart_text(report.restart));
    if (!report.error.empty()) out += tr_format(tr("Error: {}\n"), report.error);
    return out;
}

namespace {

std::string doubt_reason(backup_doubt doubt) {
    switch (doubt) {
        case backup_doubt::none: return {};
        case backup_doubt::damaged: return tr("the backup's SHA-256 does not match its content (edited or damaged)");
        case backup_doubt::not_sealed:
            return tr("the backup has no HMAC line, so it cannot prove ShareGuard wrote it on this machine (an older "
                      "backup, or the line was removed)");
        case backup_doubt::foreign_seal:
            return tr("the backup's HMAC does not verify with this machine's backup key (written on another machine, "
                      "or edited)");
        case backup_doubt::no_key:
            return tr("this machine has no backup key, so no backup can be verified (the key was deleted, or "
                      "ShareGuard never wrote a backup here)");
    }
    return {};
}

}  // namespace

std::string backup_not_verified(const std::string& file, backup_doubt doubt) {
    return tr_format(tr("{}: {}; nothing was restored. Check the file, then use --force to restore it anyway "
                        "(only values ShareGuard manages are ever restored)."),
                     file, doubt_reason(doubt));
}

std::string backup_not_verified_forced(const std::string& file, backup_doubt doubt) {
    return tr_format(tr("{}: {}; restoring it anyway (--force), only the values listed below."), file,
                     doubt_reason(doubt));
}

std::string not_in_backup(const std::string& name, const std::string& file) {
    return tr_format(tr("--only: \"{}\" is not in the backup {}"), name, file);
}

std::string restore_preview(const backup_file& backup, const std::vector<std::string>& only) {
    std::string out = tr_format(tr("Backup of {} taken {} (profile {}):\n"), backup.header.machine, backup.header.time_utc,
                             backup.header.profile);
    for (const auto& e : backup.entries) {
        bool chosen = only.empty();
        for (const auto& name : only) chosen = chosen || names_equal(name, e.value_name);
        if (!chosen) continue;
        out += tr_format(tr("  {}\\{} -> {}\n"), e.key, e.value_name, text::value_text(e.previous));
    }
    return out;
}

// ---- export ----

std::string unknown_export_format(const std::string& text) {
    return tr_format(tr("unknown --format \"{}\": use gpo, intune, ansible, reg or all."), text);
}

std::string export_folder_not_empty(const std::filesystem::path& folder) {
    return tr_format(tr("--out {}: the folder already holds files; choose a new or empty folder, so that no file of "
                        "an earlier export is deployed with this one (nothing was written)."),
                     path_text(folder));
}

std::string exported_for_deployment(const std::string& profile_name, const std::filesystem::path& folder,
                                    std::size_t files) {
    return tr_format(tr_n("Profile {} exported for deployment into {} ({} file; each format's README.txt says how to "
                          "deploy it):",
                          "Profile {} exported for deployment into {} ({} files; each format's README.txt says how "
                          "to deploy it):",
                          files),
                     profile_name, path_text(folder), files);
}

std::string export_undo_to_defaults() {
    return tr("The undo/ folder returns these values to what Windows ships.");
}

std::string export_undo_from_backup(const std::filesystem::path& backup) {
    return tr_format(tr("The undo/ folder returns these values to the state recorded in the backup {}."),
                     path_text(backup));
}

std::string export_undo_left_out(const setting& s, fleet::undo_gap why) {
    switch (why) {
    case fleet::undo_gap::default_varies:
        return tr_format(tr("  Not in undo/: {} (what Windows ships differs by role or version; export with "
                            "--undo-from BACKUP to return it)."),
                         s.value_name);
    case fleet::undo_gap::not_in_backup:
        return tr_format(tr("  Not in undo/: {} (the backup holds no value for it)."), s.value_name);
    }
    return s.value_name;
}

std::string export_undo_backup_not_verified(const std::filesystem::path& backup, backup_doubt doubt) {
    return tr_format(tr("{}: {}. Its values are exported as the file says them (only values ShareGuard manages): "
                        "review undo/ before deploying it."),
                     path_text(backup), doubt_reason(doubt));
}

// ---- profiles ----

std::string profile_list_row(const std::string& name, const std::string& description) {
    return tr_format(tr("  {:<24} {}"), name, description);
}

std::string profile_list_footer() {
    return tr("Custom profiles: JSON files (schema shareguard-profile/1); see `profiles show NAME --json` "
              "for a starting point and `profiles validate FILE` to check one.");
}

std::string profile_valid(const std::string& file, const std::string& name, std::size_t settings) {
    return tr_format(tr_n("{}: valid profile \"{}\" ({} setting).", "{}: valid profile \"{}\" ({} settings).", settings),
                     file, name, settings);
}

// ---- --help ----

std::string exit_code_table() {
    return tr("Exit codes:\n"
              "  0  success\n"
              "  1  unexpected internal error\n"
              "  2  bad arguments or bad input (profile, snapshot, backup); nothing changed\n"
              "  3  success; a restart is pending (Server service, reboot or new logon)\n"
              "  4  nothing to do: already compliant\n"
              "  5  not compliant (check)\n"
              "  6  failed; the registry is unchanged (every write rolled back)\n"
              "  7  needs elevation: run as administrator; nothing changed\n"
              "  8  failed and the rollback failed: the registry differs (the values are listed)\n"
              "  9  apply: nothing failed, but values a policy (GPO or MDM) owns were left as they are\n"
              "With --json, stdout holds one JSON document (schema shareguard/1); messages go to stderr.");
}

std::string help_program() {
    return tr("ShareGuard console: hardens the default admin shares (C$, ADMIN$) and anonymous access to IPC$ "
              "without breaking the services that need them. IPC$ itself always stays: the Server service "
              "creates it.");
}

std::string help_scan() {
    return tr("Detect the product type, OS, dependent services, SQL Server instances and the current state of "
              "every setting");
}
std::string help_recommend() { return tr("Show the answers (pre-filled by detection) and the recommendation"); }
std::string help_plan() { return tr("Preview the registry changes for a profile, a strategy or the recommendation"); }
std::string help_apply() {
    return tr("Apply a profile: back up, write, verify, roll back on failure (needs --yes)");
}
std::string help_restore() { return tr("Restore the values saved in a ShareGuard backup (needs --yes)"); }
std::string help_check() {
    return tr("Check compliance with a profile, setting by setting; changes nothing (exit 5 when not compliant)");
}
std::string help_profiles() { return tr("List, show and validate profiles"); }
std::string help_profiles_list() { return tr("List the built-in profiles"); }
std::string help_profiles_show() { return tr("Show a built-in profile or a profile file"); }
std::string help_profiles_validate() { return tr("Check a custom profile file"); }
std::string help_snapshot() {
    return tr("Work on this .reg snapshot instead of the live registry (apply/restore rewrite the file)");
}
std::string help_json() { return tr("Write one JSON document (schema shareguard/1) to stdout"); }
std::string help_lang() {
    return tr("The language of the messages, e.g. de or zh_CN (default: the user's language; en for English)");
}
std::string unknown_language(const std::string& asked, const std::string& available) {
    return tr_format(tr("--lang {}: ShareGuard has no translation for this language (available: {})."), asked,
                     available);
}
std::string help_answer() {
    return tr("Override a detected answer, e.g. --answer sql_named_pipes=yes (repeatable)");
}
std::string help_strategy() { return tr("Use this strategy instead of the recommended one"); }
std::string help_profile() { return tr("A built-in profile name or a profile file (.json)"); }
std::string help_profile_file() { return tr("A custom profile file (.json)"); }
std::string help_recommended() {
    return tr("The recommendation for this machine with detection's answers (the default); with apply: "
              "print a short summary");
}
std::string help_export_reg() {
    return tr("Also write the pending changes to FILE as a registry file (.reg, regedit 5: values set, deletions "
              "as \"name\"=-), replacing it; with nothing pending, a file that changes nothing. Importing it writes "
              "no backup; apply does");
}
std::string help_export() {
    return tr("Write the profile as files Group Policy, Intune, Ansible or regedit deploy, each with its undo "
              "twin under undo/ (writes no registry)");
}
std::string help_format() {
    return tr("gpo (Registry.pol, GptTmpl.inf, GPP Registry.xml), intune (Policy CSP settings and Remediation "
              "scripts), ansible (a win_regedit playbook), reg (a registry file) or all; repeatable");
}
std::string help_out() { return tr("A new or empty folder for the exported files"); }
std::string help_undo_from() {
    return tr("Make the undo twin return the values a ShareGuard backup recorded (default: what Windows ships)");
}
std::string help_yes_apply() { return tr("Really write the changes (without it: preview only, exit code 2)"); }
std::string help_yes_restore() { return tr("Really restore (without it: list what would be restored, exit code 2)"); }
std::string help_backup_dir() { return tr("Folder for backups and the journal (default: the ShareGuard data folder)"); }
std::string help_backup() { return tr("The backup file (.reg) written by ShareGuard"); }
std::string help_only() { return tr("Restore only these values (value names or setting ids)"); }
std::string help_explain() {
    return tr("Show everything ShareGuard knows about one setting, and its value on the target");
}
std::string help_setting() { return tr("A setting ShareGuard manages, e.g. RestrictAnonymous"); }
std::string unknown_setting(const std::string& name) {
    std::string ids;
    for (const auto& s : catalog()) ids += (ids.empty() ? "" : ", ") + s.id;
    return fmt::format(fmt::runtime(tr("unknown setting \"{}\"; ShareGuard manages: {}")), name, ids);
}

std::string help_skip_unreadable() {
    return tr("Write the other values when some cannot be read (those are left as they are, as the wizard does)");
}

std::string help_include_managed() {
    return tr("Also write values a Group Policy object or MDM owns (a GPO puts security settings back within 16 "
              "hours; change the policy instead)");
}

std::string managed_left_out(const planned_change& row) {
    return tr_format(tr("{}\\{} is left as it is: {}. Change it in the policy (Export for deployment), or add "
                        "--include-managed to write it anyway."),
                     row.key, row.value_name, text::ownership_line(row.ownership));
}

std::string managed_included(const planned_change& row) {
    return tr_format(tr("{}\\{} is written although {} (--include-managed): the policy will put its own value back."),
                     row.key, row.value_name, text::ownership_line(row.ownership));
}

std::string help_force_apply() {
    return tr("Apply even rows that break a role detection proves (e.g. emptying a domain controller's anonymous "
              "pipes)");
}

namespace {

/// One indented line per row: the setting and the proven roles it breaks.
std::string broken_role_lines(const std::vector<const planned_change*>& rows, const scan_result& scan) {
    std::string lines;
    for (const auto* c : rows) {
        std::vector<std::string> names;
        for (const auto& role : c->affected_roles)
            if (scan.has_proven_role(role)) names.push_back(text::role_name(role));
        lines += fmt::format(fmt::runtime("\n  " + tr("{}: breaks {}, which this machine is (detection proves it)")),
                             c->setting_id, join(names));
    }
    return lines;
}

}  // namespace

std::string breaks_proven_role(const std::vector<const planned_change*>& rows, const scan_result& scan) {
    return tr("refused: the plan breaks what this machine is; nothing was written.") + broken_role_lines(rows, scan) +
           "\n" + tr("Check the profile, or run again with --force to apply it anyway.");
}

std::string export_reg_breaks_proven_role(const std::filesystem::path& file,
                                          const std::vector<const planned_change*>& rows, const scan_result& scan) {
    return tr_format(tr("{} holds changes that break what this machine is: apply refuses them without --force, "
                        "importing the file does not ask."),
                     file.string()) +
           broken_role_lines(rows, scan);
}

std::string help_force() {
    return tr("Restore even when the backup does not verify as written by ShareGuard on this machine (SHA-256, "
              "HMAC); values ShareGuard does not manage are refused all the same");
}

}  // namespace sg::cli::msg
