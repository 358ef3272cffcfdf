#pragma once
// The GUI end-to-end tests, run inside the GUI tests' own wizard program
// (tests/gui/driver/test_app.cpp, `--self-test=MODE`; ShareGuard's shipped
// program has none of this):
// a timer drives the wizard with real input events (wxUIActionSimulator: key
// presses or mouse clicks), saves a screenshot of every page, and after the
// wizard closes checks the files on disk with the engine.
//
// Modes: walk-keys  Welcome to Finish with the keyboard only (mnemonics)
//        walk-mouse Welcome to Finish with mouse clicks on the buttons
//        undo       walk-mouse, then Undo on the last page
//        cancel     go to the preview, Back twice, Next twice, Cancel -> Stay, Cancel -> Leave
//        restore    the restore path on the backup given with --restore
//        error-snapshot  (keyboard) Next on a malformed --snapshot: an error box that says
//                   where (file:line:column), then Cancel; nothing changed
//        error-profile   a malformed --profile: the same, at start
//        elevate   (Windows) acting unelevated, "Restart as administrator": the
//                   copy "runas" starts must get the same arguments
//        live-restart-undo  (Windows) this computer, Welcome to Finish (rows
//                   needing a reboot unticked), "Restart the Server service
//                   now", Undo
// walk-mouse also presses "Export for deployment…" on the Preview page (the folder
// answered by the desktop, the dialog's Export clicked) and compares the folder
// with what session::write_exports writes for the ticked rows.
// The walks also press "Save as .reg…", "Copy as text" and "Save report…": the
// buttons with real input, the file dialogs answered through the wizard's
// desktop (desktop.h; files land in the screenshot folder), the clipboard read back.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <wx/timer.h>
#include <wx/uiaction.h>

#include "app/gui/file_prompts.h"
#include "app/gui/startup_options.h"
#include "app/gui/wizard_model.h"

class wxButton;
class wxWindow;

namespace sg::gui {

class main_wizard;

/// True for a mode the driver knows.
bool is_self_test_mode(const std::string& mode);

/// What the tests' program takes on its command line besides the wizard's own options.
struct self_test_options {
    std::string mode;                                 ///< --self-test=MODE
    std::optional<std::filesystem::path> screenshots; ///< --screenshots DIR
};

class self_test_driver : public wxEvtHandler {
public:
    self_test_driver(main_wizard& wizard, wizard_model& model, const startup_options& options,
                     const self_test_options& test);
    ~self_test_driver() override;

    /// Answers a file dialog (the wizard's desktop routes them here).
    std::optional<wxString> answer_file_prompt(const file_prompt& prompt);

    /// Starts driving (call before RunWizard).
    void start();
    /// After the wizard closed: checks the files. `finished` is RunWizard's result.
    /// Returns the process exit code (0: passed) and prints what failed.
    int verify(bool finished);

private:
    struct step {
        std::string what;
        std::function<bool()> run;  ///< true when the step is done
        bool expects_error = false; ///< an error box is what this step waits for
    };
    void on_tick();
    void fail(const std::string& why);
    void plan_steps();

    // step builders
    void at_page(const std::string& id);
    void press_forward();
    void press_back();
    void press_cancel();
    void click_window(const std::string& what, std::function<wxWindow*()> find);
    void key(const std::string& what, int keycode, int modifiers);
    void answer_dialog(bool yes, const std::string& shot_name);
    void expect_page(const std::string& id);
    /// Every control on the page has an accessible name; focus starts on its first control.
    void check_keyboard_and_names(const class wizard_page& page, const std::string& id);
    void expect_error_naming(const std::string& file_name);
    void press_button(const std::string& name);  ///< its mnemonic (keys) or a click
    /// A step: once find() gives an enabled button, press it.
    void press_when_enabled(const std::string& name, std::function<wxButton*()> find);
    void tab_to_preview_list();
    void untick_last_change();
    void untick_rows_beyond_server_restart();
    void save_and_copy_preview();
    /// Clicks a row of the Recommendation page's targets list; its card must show that setting.
    void click_target_row(long row);
    /// The Preview page's card shows the selected row's setting, as the engine describes it.
    void expect_preview_card();
    void save_report();
    /// Preview: "Export for deployment…", the folder answered, the dialog's Export, the message closed.
    void export_for_deployment_on_preview();
    /// The export folder holds the files session::write_exports writes for the ticked rows.
    void check_export_folder();
    std::filesystem::path export_folder() const;
    /// From the preview: Next, Apply, wait for the writes, Next to Finish.
    void apply_to_finish();
    /// On Finish: Undo, wait for the restore.
    void undo_on_finish();
    std::filesystem::path saved_file(const wxString& default_name) const;

    void click(wxWindow* w);
    /// Alt + the button's mnemonic (keys), or a click.
    void press(wxButton* b, const std::string& name);
    void shot(const std::string& name);

    main_wizard& wizard_;
    wizard_model& model_;
    startup_options options_;
    self_test_options test_;
    std::string mode_;
    bool keys_ = false;
    wxTimer timer_;
    wxUIActionSimulator sim_;
    std::vector<step> steps_;
    std::size_t current_ = 0;
    int settle_ = 0;        ///< ticks to wait before the next action (lets the window paint)
    int ticks_ = 0;
    int shots_ = 0;
    std::set<std::string> pages_checked_;  ///< pages whose names and first focus were checked
    std::vector<std::string> failures_;
    std::string original_bytes_;
    std::filesystem::path snapshot_;
    std::filesystem::path saved_dir_;      ///< where Save dialogs are answered
    int errors_seen_ = 0;                  ///< error boxes the script expected and closed
    std::optional<std::size_t> unticked_;  ///< plan index of the row unticked with Space
    std::optional<std::filesystem::path> relaunch_marker_;  ///< elevate: where the relaunched copy reports
    bool relaunched_ = false;  ///< elevate: this is the copy "Restart as administrator" started
    static constexpr const char* relaunch_marker_variable = "SHAREGUARD_SELF_TEST_RELAUNCH_MARKER";
};

}  // namespace sg::gui
