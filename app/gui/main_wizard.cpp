#include "app/gui/main_wizard.h"

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/generic/msgdlgg.h>
#include <wx/intl.h>

#include "app/gui/art.h"
#include "app/gui/page_apply.h"
#include "app/gui/page_finish.h"
#include "app/gui/page_preview.h"
#include "app/gui/page_questions.h"
#include "app/gui/page_recommendation.h"
#include "app/gui/page_restore.h"
#include "app/gui/page_scan.h"
#include "app/gui/page_welcome.h"
#include "app/gui/ui_helpers.h"

namespace sg::gui {

// --- wizard_page -------------------------------------------------------------

wizard_page::wizard_page(main_wizard* wizard) : wxWizardPage(wizard), wizard_(wizard) {}

wxWizardPage* wizard_page::GetPrev() const { return wizard_->prev_of(this); }
wxWizardPage* wizard_page::GetNext() const { return wizard_->next_of(this); }
wizard_model& wizard_page::model() const { return wizard_->model(); }

// --- main_wizard ---------------------------------------------------------------

main_wizard::main_wizard(wizard_model& model, const startup_options& options, desktop desk)
    : model_(model), options_(options), desk_(std::move(desk)) {
    // Resizable: the lists on the scan, recommendation and preview pages grow with the window.
    Create(nullptr, wxID_ANY, _("ShareGuard"), wxBitmapBundle(), wxDefaultPosition,
           wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER | wxMINIMIZE_BOX);
    SetName(wxS("shareguard_wizard"));
    SetIcons(app_icons());

    welcome_ = new page_welcome(this);
    restore_ = new page_restore(this);
    scan_ = new page_scan(this);
    questions_ = new page_questions(this);
    recommendation_ = new page_recommendation(this);
    preview_ = new page_preview(this);
    apply_ = new page_apply(this);
    finish_ = new page_finish(this);

    // Every page goes into the page area so the wizard fits the largest one.
    for (wxWizardPage* p : std::initializer_list<wxWizardPage*>{
             welcome_, restore_, scan_, questions_, recommendation_, preview_, apply_, finish_})
        GetPageAreaSizer()->Add(p, 1, wxEXPAND);
    SetPageSize(FromDIP(wxSize(paragraph_width + 20, 500)));
    SetBorder(FromDIP(12));

    Bind(wxEVT_WIZARD_PAGE_CHANGING, &main_wizard::on_page_changing, this);
    Bind(wxEVT_WIZARD_PAGE_SHOWN, &main_wizard::on_page_shown, this);
    Bind(wxEVT_WIZARD_CANCEL, &main_wizard::on_cancel, this);
    Bind(wxEVT_CHAR_HOOK, &main_wizard::on_char_hook, this);
}

main_wizard::~main_wizard() {
    if (worker_.joinable()) worker_.join();
}

wizard_page* main_wizard::start_page() {
    if (options_.profile && model_.has_plan()) return preview_;
    return welcome_;
}

wizard_page* main_wizard::current() const { return dynamic_cast<wizard_page*>(GetCurrentPage()); }

wizard_page* main_wizard::next_of(const wizard_page* page) const {
    const bool restoring = model_.current_flow() == flow::restore;
    if (page == welcome_) return restoring ? static_cast<wizard_page*>(restore_) : scan_;
    if (page == restore_) return apply_;
    if (page == scan_) return questions_;
    if (page == questions_) return recommendation_;
    if (page == recommendation_) return preview_;
    if (page == preview_) return apply_;
    if (page == apply_) return finish_;
    return nullptr;  // finish
}

wizard_page* main_wizard::prev_of(const wizard_page* page) const {
    // Nothing goes back past a write: the registry no longer matches the earlier pages.
    if (model_.applied()) return nullptr;
    const bool restoring = model_.current_flow() == flow::restore;
    if (page == restore_ || page == scan_) return welcome_;
    if (page == questions_) return scan_;
    if (page == recommendation_) return questions_;
    if (page == preview_) return recommendation_;
    if (page == apply_) return restoring ? static_cast<wizard_page*>(restore_) : preview_;
    return nullptr;
}

wxButton* main_wizard::forward_button() const { return dynamic_cast<wxButton*>(FindWindow(wxID_FORWARD)); }
wxButton* main_wizard::back_button() const { return dynamic_cast<wxButton*>(FindWindow(wxID_BACKWARD)); }
wxButton* main_wizard::cancel_button() const { return dynamic_cast<wxButton*>(FindWindow(wxID_CANCEL)); }

void main_wizard::refresh_buttons() {
    wizard_page* page = current();
    if (!page) return;
    // Move the focus off a button about to be disabled, so keyboard users keep
    // a place in the window.
    if (busy_) {
        wxWindow* focus = FindFocus();
        if (focus && (focus == forward_button() || focus == back_button() || focus == cancel_button()))
            page->SetFocus();
    }
    if (auto* b = back_button()) b->Enable(!busy_ && prev_of(page) != nullptr);
    if (auto* f = forward_button()) f->Enable(!busy_);
    if (auto* c = cancel_button()) c->Enable(!busy_);
    // Keyboard users continue where the action led: when the focused control
    // was disabled (Apply while writing), focus goes to Next.
    wxWindow* focus = FindFocus();
    if (!busy_ && (!focus || !focus->IsEnabled() || wxGetTopLevelParent(focus) != this))
        if (auto* f = forward_button(); f && f->IsEnabled()) f->SetFocus();
}

void main_wizard::run_in_background(std::function<void()> work, std::function<void(std::exception_ptr)> done) {
    if (worker_.joinable()) worker_.join();
    busy_ = true;
    refresh_buttons();
    worker_ = std::thread([this, work = std::move(work), done = std::move(done)]() mutable {
        std::exception_ptr error;
        try {
            work();
        } catch (...) {
            error = std::current_exception();
        }
        CallAfter([this, done = std::move(done), error] {
            finish_worker();
            done(error);
        });
    });
}

void main_wizard::finish_worker() {
    if (worker_.joinable()) worker_.join();
    busy_ = false;
    refresh_buttons();
}

void main_wizard::set_startup_error(const wxString& heading, const wxString& detail) {
    startup_error_heading_ = heading;
    startup_error_detail_ = detail;
}

void main_wizard::on_page_changing(wxWizardEvent& event) {
    if (busy_) {
        event.Veto();
        return;
    }
    if (auto* page = dynamic_cast<wizard_page*>(event.GetPage())) {
        if (!page->on_leaving(event.GetDirection())) event.Veto();
    }
}

void main_wizard::on_page_shown(wxWizardEvent& event) {
    if (auto* page = dynamic_cast<wizard_page*>(event.GetPage())) {
        page->on_shown();
        page->Layout();
        // After wxWizard's own focus handling (it leaves focus on Next).
        CallAfter([this, page] {
            if (GetCurrentPage() == page) focus_first_control(*page);
        });
    }
    refresh_buttons();
    if (!startup_error_heading_.empty()) {
        const wxString heading = startup_error_heading_, detail = startup_error_detail_;
        startup_error_heading_.clear();
        CallAfter([this, heading, detail] { show_error(this, heading, detail); });
    }
}

void main_wizard::on_char_hook(wxKeyEvent& event) {
    // Alt+mnemonic of Next/Back/Cancel from anywhere in the window. wxMSW only
    // looks for mnemonics inside the innermost container of the focused
    // control (the questions' scrolled list), so the wizard handles its own.
    if (event.GetModifiers() == wxMOD_ALT) {
        const int key = wxToupper(event.GetKeyCode());
        for (wxButton* b : {forward_button(), back_button(), cancel_button()}) {
            if (!b || !b->IsEnabled() || !b->IsShown()) continue;
            const wxString label = b->GetLabel();
            const int at = label.Find('&');
            if (at == wxNOT_FOUND || static_cast<size_t>(at) + 1 >= label.size()) continue;
            if (wxToupper(label[static_cast<size_t>(at) + 1]) != key) continue;
            wxCommandEvent click(wxEVT_BUTTON, b->GetId());
            click.SetEventObject(b);
            b->GetEventHandler()->ProcessEvent(click);
            return;
        }
    }
    event.Skip();
}

void main_wizard::on_cancel(wxWizardEvent& event) {
    if (busy_) {
        // A write in progress finishes (or rolls back) first; stopping it halfway helps nobody.
        event.Veto();
        wxBell();
        return;
    }
    if (model_.applied()) return;  // the changes are made; closing loses nothing
    // The generic dialog is a wx window on every platform, so keyboard and the
    // self-test reach its buttons the same way.
    wxGenericMessageDialog confirm(this, _("Nothing has been changed. Leave ShareGuard?"), _("ShareGuard"),
                                   wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    confirm.SetYesNoLabels(_("&Leave"), _("&Stay"));
    if (confirm.ShowModal() != wxID_YES) event.Veto();
}

}  // namespace sg::gui
