#pragma once
// Page 7: what needs a restart (restart the Server service now on Windows, or
// later), where the backup is, Undo (restore that backup), Save report, and
// Export for deployment (the ticked rows, deployment_export.h).
#include "app/gui/main_wizard.h"

class wxButton;
class wxStaticText;
class wxTextCtrl;

namespace sg::gui {

class page_finish : public wizard_page {
public:
    explicit page_finish(main_wizard* wizard);

    void on_shown() override;
    const char* page_id() const override { return "finish"; }

    /// The report as "Save report…" writes it.
    wxString report_text() const;
    void save_report(const wxString& file) const;
    bool undoing() const { return undoing_; }
    /// For tests: the Server service was restarted from this page.
    bool server_restarted() const { return server_restarted_; }

private:
    void show();
    void on_undo();
    void on_restart_server();
    void on_save_report();

    wxStaticText* title_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxStaticText* restart_ = nullptr;
    wxButton* restart_now_ = nullptr;
    wxStaticText* backup_ = nullptr;
    wxButton* undo_ = nullptr;
    wxButton* save_ = nullptr;
    wxButton* export_ = nullptr;
    wxTextCtrl* report_ = nullptr;
    bool undoing_ = false;
    bool restarting_ = false;
    bool server_restarted_ = false;
};

}  // namespace sg::gui
