#include "app/gui/setting_card_view.h"

#include "app/gui/ui_helpers.h"
#include "app/text/render_text.h"

namespace sg::gui {

setting_card_view::setting_card_view(wxWindow* parent, int min_height_dip)
    : wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, parent->FromDIP(wxSize(-1, min_height_dip)),
                 wxTE_MULTILINE | wxTE_READONLY | wxBORDER_THEME) {
    SetName(wxS("setting_card"));
    // The text ctrl is a plain control to screen readers: say what it holds.
    SetHelpText(_("Everything ShareGuard knows about the selected setting"));
    show_hint();
}

void setting_card_view::show(const setting_card& card, const wxString& first) {
    ChangeValue((first.empty() ? wxString() : first + wxS("\n\n")) + to_wx(text::render_card(card)));
    ShowPosition(0);
}

void setting_card_view::show_message(const wxString& text) { ChangeValue(text); }

void setting_card_view::show_hint() {
    ChangeValue(_("Select a row to see everything ShareGuard knows about that setting: what each value means, "
                  "the Windows default, the baselines, the restart it needs, what it may break, and the sources."));
}

}  // namespace sg::gui
