#include "app/gui/page_finish.h"

#include <memory>

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/generic/msgdlgg.h>
#include <wx/textctrl.h>

#include "app/gui/deployment_export.h"
#include "app/gui/file_prompts.h"
#include "app/session/system_actions.h"
#include "app/gui/ui_helpers.h"
#include "app/text/describe.h"
#include "app/text/render_text.h"
#include "wizard/platform.h"

namespace sg::gui {

page_finish::page_finish(main_wizard* wizard) : wizard_page(wizard) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    title_ = add_title(this, sizer, _("Finished"));
    status_ = add_paragraph(this, sizer, wxString());
    status_->SetName(wxS("finish_status"));

    auto* restart_row = new wxBoxSizer(wxHORIZONTAL);
    restart_ = new wxStaticText(this, wxID_ANY, wxString());
    restart_->SetName(wxS("finish_restart"));
    restart_row->Add(restart_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
    restart_now_ = new wxButton(this, wxID_ANY, _("Restart the Server service &now…"));
    restart_now_->SetName(wxS("restart_server"));
    restart_row->Add(restart_now_, 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(restart_row, 0, wxEXPAND | wxBOTTOM, FromDIP(6));

    backup_ = add_paragraph(this, sizer, wxString());
    backup_->SetName(wxS("finish_backup"));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    undo_ = new wxButton(this, wxID_ANY, _("&Undo: restore this backup"));
    undo_->SetName(wxS("undo"));
    save_ = new wxButton(this, wxID_ANY, _("Save &report…"));
    save_->SetName(wxS("save_report"));
    export_ = new wxButton(this, wxID_ANY, _("Export for &deployment…"));
    export_->SetName(wxS("export_deployment"));
    buttons->Add(undo_, 0, wxRIGHT, FromDIP(6));
    buttons->Add(save_, 0, wxRIGHT, FromDIP(6));
    buttons->Add(export_, 0);
    sizer->Add(buttons, 0, wxBOTTOM, FromDIP(6));

    report_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 160)),
                             wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP);
    report_->SetName(_("Report"));
    report_->SetFont(wxFont(wxFontInfo().Family(wxFONTFAMILY_TELETYPE)));
    sizer->Add(report_, 1, wxEXPAND);
    SetSizer(sizer);

    undo_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_undo(); });
    restart_now_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_restart_server(); });
    save_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_save_report(); });
    export_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { export_for_deployment(this, model()); });
}

void page_finish::on_shown() { show(); }

void page_finish::show() {
    const run_report& r = model().report();
    const bool restoring = model().current_flow() == flow::restore;
    const bool wrote = r.status == run_status::success;
    const bool undone = model().undo_report() && model().undo_report()->status == run_status::success;
    title_->SetLabel(undone  ? _("Changes undone")
                     : wrote ? (restoring ? _("Backup restored") : _("Changes applied"))
                             : _("Nothing was changed"));

    wxString status = to_wx(text::run_status_line(r));
    if (!r.error.empty()) status += wxS("\n") + to_wx(r.error);
    if (const auto& u = model().undo_report()) {
        status += wxS("\n\n") + _("Undo:") + wxS(" ") + to_wx(text::run_status_line(*u));
        if (!u->error.empty()) status += wxS(" ") + to_wx(u->error);
    }
    // The journal and the Event Log are the audit trail: say when a run is missing from either.
    const run_report& last = model().undo_report() ? *model().undo_report() : r;
    if (!last.journal_error.empty())
        status += wxS("\n") + wxString::Format(_("The journal could not record this run: %s"), to_wx(last.journal_error));
    if (!model().event_log_problem().empty())
        status += wxS("\n") + wxString::Format(_("The Windows Event Log could not record this run: %s"),
                                               to_wx(model().event_log_problem()));
    set_paragraph(status_, status);

    const restart_need need = model().undo_report() ? model().undo_report()->restart : r.restart;
    wxString restart = need == restart_need::none ? _("No restart is needed.")
                                                  : wxString::Format(_("Takes effect: %s."), to_wx(text::restart_text(need)));
    const bool offer_restart = need == restart_need::server_service && model().is_live() && session::can_restart_server_service();
    if (need == restart_need::server_service)
        restart += wxS(" ") + (offer_restart ? _("You can restart the Server service now, or later (or restart the computer).")
                                             : _("On the machine itself: restart the Server service (net stop server, "
                                                 "net start server) or the computer."));
    if (server_restarted_ && !model().undo_report())
        restart = _("The Server service was restarted; the changes are in effect.");
    restart_->SetLabelText(restart);
    wrap_label(restart_, FromDIP(paragraph_width) - (offer_restart ? FromDIP(250) : 0));
    restart_now_->Show(offer_restart);
    restart_now_->Enable(!restarting_ && (!server_restarted_ || model().undo_report().has_value()));

    wxString backup;
    if (!r.backup.empty())
        backup = wxString::Format(_("Backup of the previous values: %s"), from_path(r.backup));
    if (const auto& u = model().undo_report(); u && !u->backup.empty())
        backup += wxS("\n") + wxString::Format(_("Backup made before the undo: %s"), from_path(u->backup));
    set_paragraph(backup_, backup);

    undo_->Enable(!r.backup.empty() && wrote && !model().undo_report() && !undoing_ && !restarting_);
    undo_->Show(!restoring);
    // The rows ticked on the Preview page, for the machines this one stands for (no plan on the restore path).
    export_->Show(!restoring && model().has_plan());
    report_->ChangeValue(report_text());
    Layout();
}

wxString page_finish::report_text() const {
    // What happened first (each value's result, the backup), then what was planned and why.
    std::string text;
    const auto& u = model().undo_report();
    if (model().applied()) {
        if (u) text += to_utf8(_("The changes:")) + "\n";
        text += text::render_run_report(model().report());
    }
    if (u) text += "\n" + to_utf8(_("Undo (this backup restored):")) + "\n" + text::render_run_report(*u);
    if (model().has_plan() && model().current_flow() == flow::harden)
        text += "\n" + text::render_plan(model().current_plan());
    return to_wx(text);
}

void page_finish::save_report(const wxString& file) const {
    write_file_durably(to_path(file), to_utf8(report_text()));
}

void page_finish::on_undo() {
    undoing_ = true;
    // The focus leaves the button before it is disabled (keyboard users keep a place).
    report_->SetFocus();
    undo_->Disable();
    set_paragraph(status_, _("Restoring the backup…"));
    wizard_model* m = &model();
    wizard().run_in_background([m] { m->undo(); },
                               [this](std::exception_ptr error) {
                                   undoing_ = false;
                                   if (error)
                                       show_error(this, _("ShareGuard could not restore the backup."),
                                                  describe_exception(error));
                                   show();
                               });
}

void page_finish::on_restart_server() {
    wxString names;
    for (const auto& s : session::server_service_dependents()) names += wxS("\n  ") + to_wx(s);
    wxString message = _("Restarting the Server service drops every SMB session other computers have open to this "
                         "one: their mapped drives and open files on this machine disconnect. Services that depend "
                         "on it restart too.");
    if (!names.empty()) message += wxS("\n") + _("They are:") + names;
    wxGenericMessageDialog confirm(this, message, _("Restart the Server service?"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    confirm.SetYesNoLabels(_("&Restart now"), _("&Later"));
    if (confirm.ShowModal() != wxID_YES) return;
    // Stopping and starting services takes seconds: off the UI thread.
    restarting_ = true;
    restart_now_->Disable();
    undo_->Disable();
    restart_->SetLabel(_("Restarting the Server service…"));
    auto result = std::make_shared<session::service_restart_result>();
    wizard().run_in_background([result] { *result = session::restart_server_service(); },
                               [this, result](std::exception_ptr error) {
                                   restarting_ = false;
                                   if (error || !result->ok) {
                                       show_error(this, _("The Server service could not be restarted."),
                                                  error ? describe_exception(error) : to_wx(result->error));
                                       show();
                                       return;
                                   }
                                   server_restarted_ = true;
                                   show();
                               });
}

void page_finish::on_save_report() {
    const auto file = ask_path(this, {file_prompt_kind::save_file, _("Save the report"), wxS("shareguard-report.txt"),
                                      _("Text files (*.txt)|*.txt"), wxString()});
    if (!file) return;
    try {
        save_report(*file);
    } catch (...) {
        show_error(this, _("ShareGuard could not save the report."), describe_current_exception());
    }
}

}  // namespace sg::gui
