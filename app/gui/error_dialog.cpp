#include "app/gui/error_dialog.h"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/gui/ui_helpers.h"

namespace sg::gui {

error_dialog::error_dialog(wxWindow* parent, const wxString& heading, const wxString& detail)
    : wxDialog(parent, wxID_ANY, _("ShareGuard"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      heading_(heading),
      detail_(detail) {
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(new wxStaticBitmap(this, wxID_ANY, wxArtProvider::GetBitmapBundle(wxART_ERROR, wxART_MESSAGE_BOX)), 0,
             wxALL | wxALIGN_TOP, FromDIP(10));

    auto* text = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, heading);
    wxFont bold = title->GetFont();
    bold.SetWeight(wxFONTWEIGHT_BOLD);
    title->SetFont(bold);
    wrap_label(title, FromDIP(460));
    text->Add(title, 0, wxEXPAND | wxBOTTOM, FromDIP(8));
    if (!detail.empty()) {
        // Selectable and wrapped by the control itself: a path of any length fits.
        auto* box = new wxTextCtrl(this, wxID_ANY, detail, wxDefaultPosition, FromDIP(wxSize(500, 80)),
                                   wxTE_MULTILINE | wxTE_READONLY | wxTE_BESTWRAP | wxBORDER_THEME);
        box->SetName(_("Details"));
        text->Add(box, 1, wxEXPAND);
    }
    top->Add(text, 1, wxEXPAND | wxTOP | wxRIGHT | wxBOTTOM, FromDIP(10));

    auto* all = new wxBoxSizer(wxVERTICAL);
    all->Add(top, 1, wxEXPAND);
    wxStdDialogButtonSizer* buttons = CreateStdDialogButtonSizer(wxOK);
    ok_ = dynamic_cast<wxButton*>(FindWindow(wxID_OK));
    all->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(10));
    SetSizerAndFit(all);
    SetEscapeId(wxID_OK);
    CentreOnParent();
    // The focus starts on OK, so Enter or Escape closes the box; Tab reaches the details.
    if (ok_) {
        ok_->SetDefault();
        Bind(wxEVT_INIT_DIALOG, [this](wxInitDialogEvent& e) {
            e.Skip();
            CallAfter([this] { ok_->SetFocus(); });
        });
    }
}

}  // namespace sg::gui
