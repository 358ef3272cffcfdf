#include "app/gui/page_restore.h"

#include <wx/checkbox.h>
#include <wx/settings.h>
#include <wx/statbox.h>

#include "app/gui/path_field.h"
#include "app/gui/ui_helpers.h"

namespace sg::gui {


page_restore::page_restore(main_wizard* wizard) : wizard_page(wizard) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    add_title(this, sizer, _("Restore from a backup"));
    add_paragraph(this, sizer,
                  _("Pick a backup file ShareGuard wrote (shareguard-backup-….reg). Restoring puts every value "
                    "it lists back as it was; the current values are backed up first, so a restore can be undone too."));

    auto* file_label = new wxStaticText(this, wxID_ANY, _("Backup f&ile:"));
    sizer->Add(file_label, 0, wxTOP, FromDIP(4));
    file_ = new path_field(this, {file_prompt_kind::open_file, _("Choose a ShareGuard backup"), wxString(),
                                  _("Registry files (*.reg)|*.reg|All files|*"), wxString()},
                           _("Backup file"));
    sizer->Add(file_, 0, wxEXPAND | wxBOTTOM, FromDIP(8));

    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("What the backup says"));
    auto* grid = new wxFlexGridSizer(2, FromDIP(4), FromDIP(12));
    grid->AddGrowableCol(1, 1);
    auto row = [&](const wxString& label) {
        grid->Add(new wxStaticText(box->GetStaticBox(), wxID_ANY, label));
        auto* value = new wxStaticText(box->GetStaticBox(), wxID_ANY, wxS("—"));
        grid->Add(value, 1, wxEXPAND);
        return value;
    };
    machine_ = row(_("Machine:"));
    time_ = row(_("Written (UTC):"));
    profile_ = row(_("Profile:"));
    target_ = row(_("Target:"));
    entries_ = row(_("Values:"));
    integrity_ = row(_("Integrity:"));
    box->Add(grid, 0, wxEXPAND | wxALL, FromDIP(6));
    sizer->Add(box, 0, wxEXPAND | wxBOTTOM, FromDIP(8));

    force_ = new wxCheckBox(this, wxID_ANY,
                            _("Restore it &anyway (the file does not prove ShareGuard wrote it on this computer)"));
    force_->SetName(wxS("force_restore"));
    sizer->Add(force_, 0, wxBOTTOM, FromDIP(4));
    SetSizer(sizer);

    if (const auto& r = wizard->options().restore) load(from_path(*r));
    file_->on_changed([this](const wxString& path) { load(path); });
}

void page_restore::load(const wxString& file) {
    file_->set_path(file);
    try {
        model().load_backup(to_path(file));
    } catch (...) {
        show_error(this, _("This file is not a ShareGuard backup ShareGuard can read."), describe_current_exception());
    }
    show_header();
}

void page_restore::show_header() {
    const bool loaded = model().has_backup();
    force_->Enable(loaded && model().loaded_backup().doubt != backup_doubt::none);
    if (!loaded) return;
    const backup_file& b = model().loaded_backup();
    machine_->SetLabelText(b.header.machine.empty() ? _("(not recorded)") : to_wx(b.header.machine));
    time_->SetLabelText(to_wx(b.header.time_utc));
    profile_->SetLabelText(to_wx(b.header.profile));
    target_->SetLabelText(to_wx(b.header.target));
    const int n = static_cast<int>(b.entries.size());
    entries_->SetLabel(wxString::Format(wxPLURAL("%d value", "%d values", n), n));
    integrity_->SetLabel(backup_integrity_text(b.doubt));
    integrity_->SetForegroundColour(b.doubt == backup_doubt::none ? wxNullColour : *wxRED);
    Layout();
}

bool page_restore::force() const { return force_->IsEnabled() && force_->GetValue(); }

void page_restore::on_shown() { show_header(); }

bool page_restore::on_leaving(bool forward) {
    if (!forward) return true;
    if (!model().has_backup()) {
        show_error(this, _("Choose a backup file first."), _("ShareGuard names its backups shareguard-backup-….reg."));
        return false;
    }
    const backup_doubt doubt = model().loaded_backup().doubt;
    if (doubt != backup_doubt::none && !force_->GetValue()) {
        show_error(this, _("This backup does not prove that ShareGuard wrote it on this computer."),
                   backup_integrity_text(doubt) + wxS("\n\n") +
                       _("Restore it only if you know why; tick \"Restore it anyway\" to go on. Only values "
                         "ShareGuard manages are restored either way."));
        return false;
    }
    return true;
}

}  // namespace sg::gui
