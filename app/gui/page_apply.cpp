#include "app/gui/page_apply.h"

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/listctrl.h>

#include "app/gui/page_restore.h"
#include "app/gui/path_field.h"
#include "app/gui/ui_helpers.h"
#include "app/text/describe.h"
#include "app/text/render_text.h"

namespace sg::gui {

page_apply::page_apply(main_wizard* wizard) : wizard_page(wizard), pulse_(this) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    title_ = add_title(this, sizer, _("Back up and write"));
    intro_ = add_paragraph(this, sizer, wxString());
    intro_->SetName(wxS("apply_intro"));

    sizer->Add(new wxStaticText(this, wxID_ANY, _("Backup fol&der (created if missing, readable by administrators only):")),
               0, wxTOP, FromDIP(4));
    folder_ = new path_field(this, {file_prompt_kind::folder, _("Choose the backup folder"), wxString(), wxString(), wxString()},
                             _("Backup folder"));
    sizer->Add(folder_, 0, wxEXPAND | wxBOTTOM, FromDIP(8));

    status_ = add_paragraph(this, sizer, wxString());
    status_->SetName(wxS("apply_status"));
    gauge_ = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, wxDefaultSize, wxGA_HORIZONTAL | wxGA_SMOOTH);
    gauge_->SetName(_("Progress"));
    sizer->Add(gauge_, 0, wxEXPAND | wxBOTTOM, FromDIP(6));

    results_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 170)),
                              wxLC_REPORT | wxLC_SINGLE_SEL | wxBORDER_THEME);
    results_->SetName(_("Result of each change"));
    results_->AppendColumn(_("Key\\Value"), wxLIST_FORMAT_LEFT, FromDIP(300));
    results_->AppendColumn(_("Result"), wxLIST_FORMAT_LEFT, FromDIP(200));
    results_->AppendColumn(_("Why it failed"), wxLIST_FORMAT_LEFT, FromDIP(280));
    fill_last_column(results_);
    sizer->Add(results_, 1, wxEXPAND);
    SetSizer(sizer);

    pulse_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { gauge_->Pulse(); });
}

bool page_apply::done() const { return model().applied(); }

void page_apply::on_shown() {
    if (model().backup_folder().empty()) {
        const auto& opt = wizard().options().backup_dir;
        model().set_backup_folder(opt ? *opt : model().default_backup_folder_for_target());
    }
    folder_->set_path(from_path(model().backup_folder()));
    const bool restoring = model().current_flow() == flow::restore;
    title_->SetLabel(restoring ? _("Back up, then restore") : _("Back up and write"));
    if (done()) {
        show_results();
        return;
    }
    folder_->Enable();
    results_->DeleteAllItems();
    gauge_->SetValue(0);
    const wxString target = to_wx(model().reg().description());
    if (restoring) {
        const auto n = model().loaded_backup().entries.size();
        set_paragraph(intro_, wxString::Format(
                                  wxPLURAL("Restoring puts %d value back on %s. ShareGuard first saves the current "
                                           "values to a new backup in the folder below.",
                                           "Restoring puts %d values back on %s. ShareGuard first saves the current "
                                           "values to a new backup in the folder below.",
                                           static_cast<int>(n)),
                                  static_cast<int>(n), target));
        set_paragraph(status_, _("Press Restore to write. Nothing has been written yet."));
    } else {
        const auto n = model().current_plan().pending().size();
        set_paragraph(intro_, wxString::Format(
                                  wxPLURAL("%d change will be written to %s. Before the first write, ShareGuard saves "
                                           "the current values to a backup file in the folder below; every write is "
                                           "read back, and a failure undoes the writes before it.",
                                           "%d changes will be written to %s. Before the first write, ShareGuard "
                                           "saves the current values to a backup file in the folder below; every "
                                           "write is read back, and a failure undoes the writes before it.",
                                           static_cast<int>(n)),
                                  static_cast<int>(n), target));
        set_paragraph(status_, _("Press Apply to write. Nothing has been written yet."));
    }
    if (auto* next = wizard().forward_button()) {
        next->SetLabel(restoring ? _("&Restore") : _("&Apply"));
        next->SetDefault();
    }
    Layout();
}

bool page_apply::on_leaving(bool forward) {
    if (!forward) return true;
    if (done()) return true;
    // The first press of Apply writes; the page stays to show the result.
    start();
    return false;
}

void page_apply::start() {
    model().set_backup_folder(to_path(folder_->path()));
    folder_->Disable();
    running_ = true;
    const bool restoring = model().current_flow() == flow::restore;
    set_paragraph(status_, restoring ? _("Restoring…") : _("Writing the backup, then the changes…"));
    gauge_->Pulse();
    pulse_.Start(100);
    wizard_model* m = &model();
    const bool force = restoring && wizard().restore_page()->force();
    wizard().run_in_background(
        [m, restoring, force] {
            if (restoring) m->restore(force);
            else m->apply();
        },
        [this](std::exception_ptr error) {
            pulse_.Stop();
            running_ = false;
            if (error) {
                gauge_->SetValue(0);
                folder_->Enable();
                set_paragraph(status_, _("Nothing was written: ") + describe_exception(error));
                show_error(this, _("ShareGuard could not start writing."), describe_exception(error));
                Layout();
                return;
            }
            gauge_->SetValue(100);
            show_results();
        });
}

void page_apply::show_results() {
    const run_report& r = model().report();
    results_->DeleteAllItems();
    long row = 0;
    for (const change_result& c : r.results) {
        const long i = results_->InsertItem(row++, short_value_path(c.key, c.value_name));
        results_->SetItem(i, 1, to_wx(text::outcome_text(c.outcome)));
        results_->SetItem(i, 2, to_wx(c.error));
    }
    wxString status = to_wx(text::run_status_line(r));
    if (!r.backup.empty()) status += wxS(" ") + wxString::Format(_("Backup: %s"), from_path(r.backup));
    if (!r.error.empty()) status += wxS("\n") + to_wx(r.error);
    set_paragraph(status_, status);
    gauge_->SetValue(100);
    folder_->Disable();
    if (auto* next = wizard().forward_button()) {
        next->SetLabel(_("&Next >"));
        next->SetFocus();
    }
    // Past a write there is no going back to the preview.
    wizard().refresh_buttons();
    Layout();
}

}  // namespace sg::gui
