#pragma once
// The card of the selected row on the Recommendation and Preview pages: every
// fact ShareGuard holds about that setting (values, Windows default, Group
// Policy name, baselines, restart need, what it may break, sources) and, for
// the scanned machine, its current and effective value and why ShareGuard
// proposes what it does. Read-only and scrolling: a card is longer than a page.
#include <wx/textctrl.h>

#include "wizard/setting_card.h"

namespace sg::gui {

class setting_card_view : public wxTextCtrl {
public:
    setting_card_view(wxWindow* parent, int min_height_dip);

    /// Shows the card, scrolled to its top; `first` (if any) goes above it: what
    /// the page itself does with the row.
    void show(const setting_card& card, const wxString& first = wxString());
    /// No row is selected: says how to get a card.
    void show_hint();
    /// A page-level message instead of a card ("This profile changes nothing.").
    void show_message(const wxString& text);
};

}  // namespace sg::gui
