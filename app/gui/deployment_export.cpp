#include "app/gui/deployment_export.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/msgdlg.h>
#include <wx/generic/msgdlgg.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/textctrl.h>

#include "app/gui/file_prompts.h"
#include "app/gui/path_field.h"
#include "app/gui/ui_helpers.h"
#include "app/gui/wizard_model.h"
#include "app/session/exports.h"
#include "wizard/catalog.h"
#include "wizard/errors.h"

namespace sg::gui {
namespace {

/// The format as the administrator knows it, with what its folder holds.
wxString format_label(fleet::export_format f) {
    switch (f) {
        case fleet::export_format::gpo: return _("&Group Policy (gpo/: Registry.pol, GptTmpl.inf, Registry.xml)");
        case fleet::export_format::intune: return _("&Intune (intune/: Policy CSP settings, Remediation scripts)");
        case fleet::export_format::ansible: return _("&Ansible (ansible/: a win_regedit playbook)");
        case fleet::export_format::reg: return _("Registry &file (reg/: shareguard.reg)");
    }
    return {};
}

wxString left_out_text(const fleet::left_out_setting& gap) {
    const wxString name = to_wx(gap.entry->value_name);
    switch (gap.why) {
        case fleet::undo_gap::default_varies:
            return wxString::Format(_("Not in undo/: %s (what Windows ships differs by role or version; export "
                                      "again with a ShareGuard backup as the undo to return it)."),
                                    name);
        case fleet::undo_gap::not_in_backup:
            return wxString::Format(_("Not in undo/: %s (the backup holds no value for it)."), name);
    }
    return name;
}

wxString success_text(const wxString& folder, const std::optional<std::filesystem::path>& undo_from,
                      const session::export_outcome& outcome) {
    const int files = static_cast<int>(outcome.files.size());
    wxString text =
        wxString::Format(wxPLURAL("%d file written into %s.", "%d files written into %s.", files), files, folder);
    text += wxS(" ") + _("Each format's README.txt says how to deploy it.");
    text += wxS("\n\n") + (undo_from ? wxString::Format(_("The undo/ folder returns these values to the state "
                                                          "recorded in the backup %s."),
                                                        from_path(*undo_from))
                                     : _("The undo/ folder returns these values to what Windows ships."));
    if (outcome.undo_backup_doubt && *outcome.undo_backup_doubt != backup_doubt::none)
        text += wxS("\n") + wxString::Format(_("The backup is %s. Its values are exported as the file says them: "
                                               "review undo/ before deploying it."),
                                             backup_integrity_text(*outcome.undo_backup_doubt));
    for (const auto& gap : outcome.undo.left_out) text += wxS("\n• ") + left_out_text(gap);
    return text;
}

/// In a catch block: the exception in flight is about the backup file.
bool failed_on_backup(const std::filesystem::path& backup) {
    try {
        throw;
    } catch (const input_error&) {
        return true;  // write_exports parses only the backup
    } catch (const file_error& e) {
        return to_path(to_wx(e.path())) == backup;
    } catch (...) {
        return false;
    }
}

}  // namespace

export_dialog::export_dialog(wxWindow* parent, const wxString& folder, std::size_t values, std::size_t already_set)
    : wxDialog(parent, wxID_ANY, _("Export for deployment"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    auto* all = new wxBoxSizer(wxVERTICAL);
    auto* where = new wxStaticText(this, wxID_ANY, wxString());
    where->SetLabelText(wxString::Format(_("Into %s"), folder));
    wrap_label(where, FromDIP(520));
    all->Add(where, 0, wxEXPAND | wxALL, FromDIP(10));
    // A fleet gets the whole reviewed profile, not this machine's difference:
    // say so, since the Preview hides the rows this machine already has.
    auto* what = new wxStaticText(this, wxID_ANY, wxString());
    what->SetName(wxS("export_what"));
    what->SetLabelText(
        already_set == 0
            ? wxString::Format(wxPLURAL("The %d ticked setting.", "The %d ticked settings.", values), static_cast<int>(values))
            : wxString::Format(wxPLURAL("The %d ticked setting, including %d this machine already has (other "
                                        "machines may not).",
                                        "The %d ticked settings, including %d this machine already has (other "
                                        "machines may not).",
                                        values),
                               static_cast<int>(values), static_cast<int>(already_set)));
    wrap_label(what, FromDIP(520));
    all->Add(what, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));

    auto* formats = new wxStaticBoxSizer(wxVERTICAL, this, _("Formats"));
    for (fleet::export_format f : fleet::all_export_formats()) {
        auto* box = new wxCheckBox(formats->GetStaticBox(), wxID_ANY, format_label(f));
        box->SetName(wxS("export_format_") + to_wx(fleet::export_format_id(f)));
        box->SetValue(true);
        box->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { update(); });
        formats->Add(box, 0, wxALL, FromDIP(3));
        format_boxes_.emplace_back(f, box);
    }
    all->Add(formats, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));

    auto* undo = new wxStaticBoxSizer(wxVERTICAL, this, _("Undo (the undo/ folder) returns the values to"));
    undo_defaults_ = new wxRadioButton(undo->GetStaticBox(), wxID_ANY, _("what &Windows ships"), wxDefaultPosition,
                                       wxDefaultSize, wxRB_GROUP);
    undo_defaults_->SetName(wxS("undo_windows_defaults"));
    undo_defaults_->SetValue(true);
    undo_backup_ = new wxRadioButton(undo->GetStaticBox(), wxID_ANY, _("the values a ShareGuard &backup recorded:"));
    undo_backup_->SetName(wxS("undo_backup"));
    backup_ = new path_field(undo->GetStaticBox(),
                             {file_prompt_kind::open_file, _("Choose a ShareGuard backup"), wxString(),
                              _("Registry files (*.reg)|*.reg"), wxString()},
                             _("Backup file"));
    undo->Add(undo_defaults_, 0, wxALL, FromDIP(3));
    undo->Add(undo_backup_, 0, wxALL, FromDIP(3));
    undo->Add(backup_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(3));
    all->Add(undo, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    export_ = new wxButton(this, wxID_OK, _("&Export"));
    export_->SetName(wxS("export_write"));
    export_->SetDefault();
    auto* cancel = new wxButton(this, wxID_CANCEL, _("Cancel"));
    buttons->AddStretchSpacer();
    buttons->Add(export_, 0, wxRIGHT, FromDIP(6));
    buttons->Add(cancel, 0);
    all->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));
    SetSizerAndFit(all);
    SetMinSize(GetSize());

    for (auto* radio : {undo_defaults_, undo_backup_})
        radio->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { update(); });
    backup_->on_changed([this](const wxString& path) {
        if (!path.empty()) undo_backup_->SetValue(true);
        update();
    });
    backup_->text()->Bind(wxEVT_TEXT, [this](wxCommandEvent& e) {
        e.Skip();
        update();
    });
    update();
    CentreOnParent();
}

std::vector<fleet::export_format> export_dialog::formats() const {
    std::vector<fleet::export_format> chosen;
    for (const auto& [f, box] : format_boxes_)
        if (box->GetValue()) chosen.push_back(f);
    return chosen;
}

std::optional<std::filesystem::path> export_dialog::undo_from() const {
    if (!undo_backup_->GetValue()) return std::nullopt;
    return to_path(backup_->path());
}

void export_dialog::update() {
    // Nothing to write, or a backup basis with no backup named: Export waits.
    export_->Enable(!formats().empty() && (undo_defaults_->GetValue() || !backup_->path().empty()));
}

void export_for_deployment(wxWindow* parent, const wizard_model& model) {
    const auto folder = ask_path(parent, {file_prompt_kind::folder,
                                          _("Choose a new or empty folder for the "
                                            "deployment files"),
                                          wxString(), wxString(), wxString()});
    if (!folder) return;
    std::size_t values = 0;
    std::size_t already_set = 0;
    for (const planned_change& c : model.current_plan().changes) {
        if (!c.selected) continue;
        ++values;
        if (c.action == change_action::none) ++already_set;
    }
    export_dialog dialog(parent, *folder, values, already_set);
    if (dialog.ShowModal() != wxID_OK) return;
    const auto undo_from = dialog.undo_from();

    session::export_outcome outcome;
    try {
        outcome = model.export_for_deployment(to_path(*folder), dialog.formats(), undo_from);
    } catch (const session::export_folder_not_empty& e) {
        show_error(parent, _("The folder already holds files."),
                   wxString::Format(_("%s: choose a new or empty folder, so that no file of an earlier export is "
                                      "deployed with this one. Nothing was written."),
                                    from_path(e.folder())));
        return;
    } catch (...) {
        // The backup is read before anything is written; say what is in the folder now, not what may be.
        const bool backup_failed = undo_from && failed_on_backup(*undo_from);
        const wxString heading =
            backup_failed ? wxString::Format(_("ShareGuard cannot use %s as the undo."), from_path(*undo_from))
                          : wxString::Format(_("ShareGuard could not export into %s."), *folder);
        const wxString after = session::is_new_or_empty_folder(to_path(*folder))
                                   ? _("Nothing was written.")
                                   : _("Files written before the error stay in the folder: delete them before "
                                       "exporting again.");
        show_error(parent, heading, describe_current_exception() + wxS("\n") + after);
        return;
    }
    wxGenericMessageDialog done(parent, success_text(*folder, undo_from, outcome), _("Exported for deployment"),
                                wxOK | wxICON_INFORMATION);
    done.ShowModal();
}

}  // namespace sg::gui
