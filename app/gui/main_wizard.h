#pragma once
// The wizard window: owns the pages, routes Next/Back between them (the
// restore path skips the scan), confirms Cancel, and runs engine work off the
// UI thread.
#include <exception>
#include <functional>
#include <thread>

#include <wx/wizard.h>

#include "app/gui/desktop.h"
#include "app/gui/startup_options.h"
#include "app/gui/wizard_model.h"

namespace sg::gui {

class main_wizard;

/// A page knows the wizard; the wizard decides the order.
class wizard_page : public wxWizardPage {
public:
    explicit wizard_page(main_wizard* wizard);

    wxWizardPage* GetPrev() const override;
    wxWizardPage* GetNext() const override;

    /// Called each time the page becomes current (fill it from the model).
    virtual void on_shown() {}
    /// Called before leaving; return false to stay (forward: the user pressed Next).
    virtual bool on_leaving(bool /*forward*/) { return true; }
    /// A short id for tests and screenshots ("welcome", "scan"...).
    virtual const char* page_id() const = 0;

protected:
    main_wizard& wizard() const { return *wizard_; }
    wizard_model& model() const;

private:
    main_wizard* wizard_;
};

class page_welcome;
class page_restore;
class page_scan;
class page_questions;
class page_recommendation;
class page_preview;
class page_apply;
class page_finish;

class main_wizard : public wxWizard {
public:
    main_wizard(wizard_model& model, const startup_options& options, desktop desk);
    ~main_wizard() override;

    wizard_model& model() { return model_; }
    const startup_options& options() const { return options_; }
    /// File dialogs and the elevation check (desktop.h).
    const desktop& desk() const { return desk_; }

    /// The page the wizard opens on (the preview for --profile).
    wizard_page* start_page();
    wizard_page* next_of(const wizard_page* page) const;
    wizard_page* prev_of(const wizard_page* page) const;
    wizard_page* current() const;

    page_welcome* welcome() const { return welcome_; }
    page_restore* restore_page() const { return restore_; }
    page_scan* scan_page() const { return scan_; }
    page_questions* questions_page() const { return questions_; }
    page_recommendation* recommendation_page() const { return recommendation_; }
    page_preview* preview_page() const { return preview_; }
    page_apply* apply_page() const { return apply_; }
    page_finish* finish_page() const { return finish_; }

    /// Runs `work` on a worker thread, then `done` on the UI thread with the
    /// exception it threw (or null). Next/Back/Cancel wait meanwhile.
    void run_in_background(std::function<void()> work, std::function<void(std::exception_ptr)> done);
    bool busy() const { return busy_; }

    /// The wizard's own buttons, relabelled or disabled by pages.
    wxButton* forward_button() const;
    wxButton* back_button() const;
    wxButton* cancel_button() const;
    /// Restores the button states for the current page (after a page changed them).
    void refresh_buttons();

    /// Startup problem to show once the window is up (bad --profile, unreadable snapshot).
    void set_startup_error(const wxString& heading, const wxString& detail);

private:
    void on_page_changing(wxWizardEvent& event);
    void on_page_shown(wxWizardEvent& event);
    void on_cancel(wxWizardEvent& event);
    void on_char_hook(wxKeyEvent& event);
    void finish_worker();

    wizard_model& model_;
    startup_options options_;
    desktop desk_;
    page_welcome* welcome_ = nullptr;
    page_restore* restore_ = nullptr;
    page_scan* scan_ = nullptr;
    page_questions* questions_ = nullptr;
    page_recommendation* recommendation_ = nullptr;
    page_preview* preview_ = nullptr;
    page_apply* apply_ = nullptr;
    page_finish* finish_ = nullptr;
    std::thread worker_;
    bool busy_ = false;
    wxString startup_error_heading_;
    wxString startup_error_detail_;
};

}  // namespace sg::gui
