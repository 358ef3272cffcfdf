#pragma once
// The box show_error shows: an error icon, a heading, and the engine's detail
// (file:line:column, key, system message) in a read-only text box the
// administrator can select and copy into a ticket. Its own dialog rather than
// the system's message box: long paths never clip, and the self-test can find,
// photograph and close it with real input on every platform.
#include <wx/dialog.h>

class wxButton;

namespace sg::gui {

class error_dialog : public wxDialog {
public:
    error_dialog(wxWindow* parent, const wxString& heading, const wxString& detail);

    const wxString& heading() const { return heading_; }
    const wxString& detail() const { return detail_; }
    wxButton* ok_button() const { return ok_; }

private:
    wxString heading_;
    wxString detail_;
    wxButton* ok_ = nullptr;
};

}  // namespace sg::gui
