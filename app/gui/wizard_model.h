#pragma once
// Everything the wizard knows, without widgets: the target, the scan, the
// answers, the chosen profile, the plan and the result of applying or restoring
// it. Pages read and change it; the engine does the work. Unit-tested without wx.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <functional>

#include "app/session/exports.h"
#include "app/session/runs.h"
#include "app/session/profile_trust.h"
#include "wizard/answers.h"
#include "wizard/apply.h"
#include "wizard/backup.h"
#include "wizard/backup_key.h"
#include "wizard/detection.h"
#include "wizard/plan.h"
#include "wizard/profile.h"
#include "wizard/registry.h"
#include "wizard/setting_card.h"

namespace sg::gui {

/// What the wizard does: harden the target, or put a backup back.
enum class flow { harden, restore };

/// Where the chosen profile came from.
enum class profile_origin { recommended, other_strategy, builtin, custom_file };

/// A question answered "yes" that the chosen strategy breaks.
struct conflict {
    question_id question;
    std::vector<dependency> needs;
};

class wizard_model {
public:
    wizard_model();
    ~wizard_model();
    wizard_model(const wizard_model&) = delete;
    wizard_model& operator=(const wizard_model&) = delete;

    // --- target ------------------------------------------------------------
    void set_snapshot(std::filesystem::path file);
    void set_live();
    bool is_live() const { return live_; }
    const std::filesystem::path& snapshot_file() const { return snapshot_; }
    /// Opens the registry for the chosen target (throws file_error, input_error, registry_error).
    void open_target();
    /// Installs an already open registry (the live one on Windows, or a test double).
    void use_registry(std::unique_ptr<registry> reg);
    bool target_open() const { return reg_ != nullptr; }
    registry& reg();

    // --- scan and answers --------------------------------------------------
    /// Scans the open target and pre-fills the answers. Safe on a worker thread
    /// while no other method is called.
    void run_scan();
    bool has_scan() const { return scan_.has_value(); }
    const scan_result& scan() const;
    const answer_set& answers() const { return answers_; }
    void set_answer(question_id id, bool yes);

    // --- profile -----------------------------------------------------------
    strategy recommended() const;
    void choose_recommended();
    void choose_strategy(strategy s);
    /// Throws session::unknown_profile_error for an unknown name.
    void choose_builtin(const std::string& name);
    /// Reads a JSON profile and checks who may change it (throws input_error / file_error).
    void choose_custom(const std::filesystem::path& file);
    /// A built-in name or a file, in the console's order (session::resolve_profile):
    /// --profile. Throws session::unknown_profile_error, input_error, file_error.
    void choose_named(const std::string& name_or_file);
    /// Who besides administrators may change the chosen profile's file (empty: nobody, or built in).
    const std::vector<session::trust_problem>& profile_trust() const { return trust_; }
    profile_origin origin() const { return origin_; }
    const profile& chosen_profile() const;
    /// The "yes" answers the given strategy does not serve.
    std::vector<conflict> conflicts_with(strategy s) const;

    // --- plan --------------------------------------------------------------
    void build_plan();
    bool has_plan() const { return plan_.has_value(); }
    const sg::plan& current_plan() const;
    /// Ticks or unticks a row; false (nothing changed) for ticking a value that
    /// could not be read (it cannot be backed up or checked before writing).
    bool select_row(std::size_t row, bool selected);

    /// The card of one catalog setting on the scanned target, with what the chosen
    /// profile proposes for it (from the plan once built, else from the profile as
    /// chosen now). nullopt for an id the catalog does not have.
    std::optional<setting_card> card_for(const std::string& setting_id) const;

    // --- export for deployment -------------------------------------------
    /// Writes the ticked rows of the plan as each format's files with their undo
    /// twins (undo/), into a new or empty folder, as `shareguard-cli export` does:
    /// the same session::write_exports. `undo_from`: a ShareGuard backup the undo
    /// returns to; nullopt: what Windows ships. Throws session::export_folder_not_empty,
    /// file_error (naming the file) or input_error (a backup ShareGuard cannot read).
    session::export_outcome export_for_deployment(const std::filesystem::path& folder,
                                                  std::vector<fleet::export_format> formats,
                                                  std::optional<std::filesystem::path> undo_from) const;

    // --- apply, restore, undo ---------------------------------------------
    void set_backup_folder(std::filesystem::path folder) { backup_folder_ = std::move(folder); }
    const std::filesystem::path& backup_folder() const { return backup_folder_; }
    /// The default, the console's too: the platform's administrators-only folder
    /// (default_backup_folder()), whatever the target.
    std::filesystem::path default_backup_folder_for_target() const;
    /// The machine's backup key: the CLI's default too, whatever the backup folder,
    /// so a backup either front end wrote verifies in the other.
    std::filesystem::path key_file() const { return default_backup_key_file(); }

    /// Applies the selected rows. Safe on a worker thread while nothing else runs.
    const run_report& apply();
    bool applied() const { return report_.has_value(); }
    const run_report& report() const;

    /// Restores the backup written by apply() (Undo on the last page).
    const run_report& undo();
    const std::optional<run_report>& undo_report() const { return undo_report_; }

    /// Where apply, undo and restore on this computer are reported besides the
    /// journal: the Windows Event Log (session::report_to_event_log) unless replaced.
    void set_event_reporter(session::event_reporter r) { report_event_ = std::move(r); }
    /// "" or why the last run on this computer could not be reported to the Event Log.
    const std::string& event_log_problem() const { return event_log_problem_; }

    // --- restore flow ------------------------------------------------------
    void set_flow(flow f) { flow_ = f; }
    flow current_flow() const { return flow_; }
    /// Reads a backup's header (throws input_error / file_error).
    void load_backup(const std::filesystem::path& file);
    bool has_backup() const { return backup_.has_value(); }
    const backup_file& loaded_backup() const;
    const std::filesystem::path& loaded_backup_path() const { return backup_path_; }
    /// Restores the loaded backup; `force` accepts one that does not verify (backup_doubt),
    /// never values ShareGuard does not manage (load_backup already refuses those).
    const run_report& restore(bool force);

private:
    bool live_ = false;
    std::filesystem::path snapshot_;
    std::unique_ptr<registry> reg_;
    live_facts facts_;  ///< what the running Windows said at the scan (live target only)
    std::optional<scan_result> scan_;
    answer_set answers_;
    profile_origin origin_ = profile_origin::recommended;
    std::optional<profile> profile_;
    std::vector<session::trust_problem> trust_;
    std::optional<sg::plan> plan_;
    std::filesystem::path backup_folder_;
    std::optional<run_report> report_;
    std::optional<run_report> undo_report_;
    flow flow_ = flow::harden;
    std::optional<backup_file> backup_;
    std::filesystem::path backup_path_;
    session::event_reporter report_event_;  ///< empty: the Windows Event Log
    std::string event_log_problem_;

    /// The Event Log records changes to this computer only (a snapshot is a file).
    session::audit_trail audit() const;
    /// What the running Windows says of this computer (Server service, SMBv1); nothing for a snapshot.
    live_facts running_windows_facts() const;
    /// The chosen backup folder, or the default.
    std::filesystem::path backup_folder_in_use() const;
    /// Undo's and restore's options: folder, version, key, and what the machine runs now.
    restore_options restore_options_with(live_facts facts) const;
};

}  // namespace sg::gui
