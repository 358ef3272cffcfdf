#pragma once
// Every sentence the console front end writes that app/text does not already
// have (usage errors, help texts, "written to ..."), in one place and marked
// with tr() so xgettext extracts them. Sentences about the engine's data
// (reasons, statuses, values) come from sg::text.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "wizard/apply.h"
#include "wizard/backup.h"
#include "wizard/detection.h"
#include "wizard/fleet/deployment.h"
#include "wizard/plan.h"
#include "wizard/profile.h"

namespace sg::cli::msg {

/// "ShareGuardCli" on Windows, "shareguard-cli" elsewhere (not translated).
std::string program_name();

// Prefixes and general errors.
std::string error_prefix();    ///< "error: "
std::string warning_prefix();  ///< "warning: "
std::string see_help();
std::string internal_error(const std::string& what);
std::string registry_failed(const std::string& what);
std::string registry_access_denied(const std::string& what);
std::string needs_elevation();
std::string live_registry_only_on_windows();

// Options and input.
std::string bad_answer_syntax(const std::string& argument);
std::string unknown_question(const std::string& id, const std::vector<std::string>& known);
std::string unknown_strategy(const std::string& text);

// check
std::string check_heading(const std::string& profile_name, const std::string& target);
std::string check_row_compliant(const planned_change& change);
std::string check_row_not_compliant(const planned_change& change);
/// The value matches, but a policy owns it: the policy keeps it so, not the machine.
std::string check_row_compliant_by_policy(const planned_change& change);
std::string check_compliant();
std::string check_not_compliant(std::size_t count);

// plan --export-reg
/// Written after the plan: the file and how many changes it holds (none: a file that changes nothing).
std::string exported_reg(const std::filesystem::path& file, std::size_t changes);
std::string export_reg_failed(const std::filesystem::path& file, const std::string& problem);
std::string export_reg_replaces_input(const std::filesystem::path& file);
/// The export holds rows apply refuses without --force; importing the file does not ask.
std::string export_reg_breaks_proven_role(const std::filesystem::path& file,
                                          const std::vector<const planned_change*>& rows, const scan_result& scan);

// export
std::string unknown_export_format(const std::string& text);
std::string export_folder_not_empty(const std::filesystem::path& folder);
std::string exported_for_deployment(const std::string& profile_name, const std::filesystem::path& folder,
                                    std::size_t files);
std::string export_undo_to_defaults();
std::string export_undo_from_backup(const std::filesystem::path& backup);
std::string export_undo_left_out(const setting& s, fleet::undo_gap why);
std::string export_undo_backup_not_verified(const std::filesystem::path& backup, backup_doubt doubt);

// apply / restore
std::string apply_needs_yes();
std::string restore_needs_yes();
/// How to restore the backup just written (the text output already names the file).
std::string undo_hint(const std::filesystem::path& backup, const std::string& snapshot);
std::string value_left_changed(const std::string& key, const std::string& value_name, const std::string& error);
std::string unreadable_refused(const std::vector<const planned_change*>& rows);
std::string unreadable_left_out(const planned_change& row);
std::string event_log_failed(const std::string& problem);
std::string journal_failed(const std::string& problem);
std::string helpdesk_summary(const scan_result& scan, const profile& applied, const run_report& report);
/// Why the backup does not verify as one ShareGuard wrote on this machine; nothing was restored.
std::string backup_not_verified(const std::string& file, backup_doubt doubt);
std::string backup_not_verified_forced(const std::string& file, backup_doubt doubt);
std::string not_in_backup(const std::string& name, const std::string& file);
std::string restore_preview(const backup_file& backup, const std::vector<std::string>& only);

// profiles
std::string profile_list_row(const std::string& name, const std::string& description);
std::string profile_list_footer();
std::string profile_valid(const std::string& file, const std::string& name, std::size_t settings);

// --help
std::string exit_code_table();
std::string help_program();
std::string help_scan();
std::string help_recommend();
std::string help_plan();
std::string help_apply();
std::string help_restore();
std::string help_check();
std::string help_profiles();
std::string help_profiles_list();
std::string help_profiles_show();
std::string help_profiles_validate();
std::string help_snapshot();
std::string help_json();
std::string help_lang();
/// --lang names a language no catalog is installed for.
std::string unknown_language(const std::string& asked, const std::string& available);
std::string help_answer();
std::string help_strategy();
std::string help_profile();
std::string help_profile_file();
std::string help_recommended();
std::string help_export_reg();
std::string help_export();
std::string help_format();
std::string help_out();
std::string help_undo_from();
std::string help_yes_apply();
std::string help_yes_restore();
std::string help_backup_dir();
std::string help_backup();
std::string help_only();
std::string help_force();
std::string help_force_apply();
std::string help_skip_unreadable();
std::string help_include_managed();
/// apply: a row a policy owns, left unticked (the "clear line").
std::string managed_left_out(const planned_change& row);
/// apply --include-managed: a row a policy owns, written anyway.
std::string managed_included(const planned_change& row);
std::string help_explain();
std::string help_setting();
std::string unknown_setting(const std::string& name);
/// Refusal to apply rows that break a role detection proves (a LanmanNT domain controller).
std::string breaks_proven_role(const std::vector<const planned_change*>& rows, const scan_result& scan);

}  // namespace sg::cli::msg
