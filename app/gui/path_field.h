#pragma once
// A path typed in or chosen with "Browse…": a text box and a button, in place
// of wxFilePickerCtrl/wxDirPickerCtrl. Its dialog goes through file_prompts.h
// (so tests can answer it), and it tells the page of a new path only when one
// was chosen or the typing is done (Enter, or the focus leaves), not per key.
#include <functional>

#include <wx/panel.h>

#include "app/gui/file_prompts.h"

class wxButton;
class wxTextCtrl;

namespace sg::gui {

class path_field : public wxPanel {
public:
    /// `accessible_name` names the text box for screen readers ("Backup file").
    path_field(wxWindow* parent, file_prompt prompt, const wxString& accessible_name);

    wxString path() const;
    /// Shows `path` without telling the page (it set it).
    void set_path(const wxString& path);
    /// Called with the new path after the user chose or typed one.
    void on_changed(std::function<void(const wxString&)> handler);

    wxTextCtrl* text() const { return text_; }
    wxButton* browse_button() const { return browse_; }

private:
    void browse();
    void commit_typed();

    file_prompt prompt_;
    wxTextCtrl* text_ = nullptr;
    wxButton* browse_ = nullptr;
    wxString last_reported_;
    std::function<void(const wxString&)> changed_;
};

}  // namespace sg::gui
