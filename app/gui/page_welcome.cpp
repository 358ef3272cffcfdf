#include "app/gui/page_welcome.h"

#include <wx/button.h>
#include <wx/radiobut.h>
#include <wx/statbmp.h>
#include <wx/statbox.h>

#include "app/gui/art.h"
#include "app/gui/path_field.h"
#include "app/session/system_actions.h"
#include "app/session/targets.h"
#include "app/gui/ui_helpers.h"
#include "wizard/platform.h"

namespace sg::gui {

page_welcome::page_welcome(main_wizard* wizard) : wizard_page(wizard) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    auto* head = new wxBoxSizer(wxHORIZONTAL);
    head->Add(new wxStaticBitmap(this, wxID_ANY, app_icon_bundle(48)), 0, wxRIGHT | wxALIGN_TOP, FromDIP(10));
    auto* head_text = new wxBoxSizer(wxVERTICAL);
    add_title(this, head_text, _("Welcome to ShareGuard"));
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        _("ShareGuard turns off the hidden administrative shares (C$, ADMIN$) or keeps them, and "
          "restricts anonymous (null-session) access, without breaking the services that depend on "
          "them. It looks at the machine first, asks what it is used for, shows every registry change "
          "before writing it, saves a backup first and can undo everything."));
    // Wrapped a little short of the room it gets, and stretched to it: Windows
    // draws a line slightly wider than wx measured it (Wine clipped the last word).
    wrap_label(intro, FromDIP(paragraph_width - 80));
    head_text->Add(intro, 0, wxEXPAND | wxBOTTOM, FromDIP(6));
    head->Add(head_text, 1);
    sizer->Add(head, 0, wxEXPAND | wxBOTTOM, FromDIP(4));

    add_paragraph(this, sizer,
                  _("What it cannot do: the IPC$ share itself stays. The Server service creates IPC$ every "
                    "time it starts; ShareGuard limits which named pipes anonymous users reach through it."));

    // --- target
    auto* target_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Target"));
    wxWindow* box = target_box->GetStaticBox();
    live_ = new wxRadioButton(box, wxID_ANY, _("This co&mputer (the live registry)"), wxDefaultPosition,
                              wxDefaultSize, wxRB_GROUP);
    live_->SetName(wxS("target_live"));
    target_box->Add(live_, 0, wxALL, FromDIP(4));
    snapshot_ = new wxRadioButton(box, wxID_ANY, _("A registry &snapshot file (a .reg export of a machine):"));
    snapshot_->SetName(wxS("target_snapshot"));
    target_box->Add(snapshot_, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(4));
    snapshot_file_ = new path_field(box, {file_prompt_kind::open_file, _("Choose a registry snapshot"), wxString(),
                                          _("Registry files (*.reg)|*.reg|All files|*"), wxString()},
                                    _("Snapshot file"));
    target_box->Add(snapshot_file_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(24));
    target_note_ = new wxStaticText(box, wxID_ANY, wxString());
    target_box->Add(target_note_, 0, wxEXPAND | wxALL, FromDIP(4));

    auto* elevation = new wxBoxSizer(wxHORIZONTAL);
    elevation_note_ = new wxStaticText(
        box, wxID_ANY,
        _("ShareGuard is not running as administrator, so it can read this computer's settings but not change them."));
    wrap_label(elevation_note_, FromDIP(paragraph_width - 220));
    elevation->Add(elevation_note_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
    elevate_ = new wxButton(box, wxID_ANY, _("Restart as &administrator"));
    elevate_->SetName(wxS("restart_elevated"));
    elevation->Add(elevate_, 0, wxALIGN_CENTER_VERTICAL);
    target_box->Add(elevation, 0, wxEXPAND | wxALL, FromDIP(4));
    sizer->Add(target_box, 0, wxEXPAND | wxBOTTOM, FromDIP(8));

    // --- path
    auto* path_box = new wxStaticBoxSizer(wxVERTICAL, this, _("What to do"));
    wxWindow* pbox = path_box->GetStaticBox();
    harden_ = new wxRadioButton(pbox, wxID_ANY, _("&Harden the target: scan, answer, preview, apply"),
                                wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
    harden_->SetName(wxS("flow_harden"));
    restore_ = new wxRadioButton(pbox, wxID_ANY, _("&Restore from a backup ShareGuard wrote earlier"));
    restore_->SetName(wxS("flow_restore"));
    path_box->Add(harden_, 0, wxALL, FromDIP(4));
    path_box->Add(restore_, 0, wxALL, FromDIP(4));
    sizer->Add(path_box, 0, wxEXPAND);

    SetSizer(sizer);

    // Initial state from the command line / platform.
    const auto& opts = wizard->options();
    if (opts.snapshot) snapshot_file_->set_path(from_path(*opts.snapshot));
    const bool can_live = session::live_target_available();
    live_->Enable(can_live);
    if (can_live && !opts.snapshot) live_->SetValue(true); else snapshot_->SetValue(true);
    if (!can_live) live_->SetLabel(_("This co&mputer (the live registry; Windows only)"));
    harden_->SetValue(!opts.restore);
    restore_->SetValue(opts.restore.has_value());

    if (opts.demo)
        set_paragraph(target_note_,
                      _("This is the demo snapshot of a SQL Server host. ShareGuard works on a copy, "
                        "so the demo can be run again."));

    for (wxRadioButton* r : {live_, snapshot_}) r->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { update_enabled(); });
    elevate_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_restart_elevated(); });
    update_enabled();
}

void page_welcome::update_enabled() {
    snapshot_file_->Enable(snapshot_->GetValue());
    const bool elevated = wizard().desk().is_elevated();
    const bool show_elevation = live_->GetValue() && !elevated;
    elevation_note_->Show(show_elevation);
    elevate_->Show(show_elevation);
    Layout();
}

void page_welcome::on_shown() { update_enabled(); }

void page_welcome::on_restart_elevated() {
    try {
        if (session::restart_elevated()) wizard().EndModal(wxID_CANCEL);
    } catch (...) {
        show_error(this, _("ShareGuard could not restart as administrator."), describe_current_exception());
    }
}

bool page_welcome::on_leaving(bool forward) {
    if (!forward) return true;
    try {
        if (live_->GetValue()) {
            if (!model().is_live() || !model().target_open()) {
                model().set_live();
                model().use_registry(session::open_live_registry());
            }
        } else {
            const wxString file = snapshot_file_->path();
            if (file.empty()) {
                show_error(this, _("Choose a snapshot file first."),
                           _("A snapshot is a .reg export of a machine's registry."));
                return false;
            }
            const std::filesystem::path path = to_path(file);
            // Re-open only when the target changed, so Back/Next keeps the scan.
            if (model().is_live() || model().snapshot_file() != path || !model().target_open()) {
                model().set_snapshot(path);
                model().open_target();
            }
        }
    } catch (...) {
        show_error(this, _("ShareGuard could not open the target."), describe_current_exception());
        return false;
    }
    model().set_flow(restore_->GetValue() ? flow::restore : flow::harden);
    return true;
}

}  // namespace sg::gui
