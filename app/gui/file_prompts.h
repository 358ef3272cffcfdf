#pragma once
// Every file dialog of the wizard goes through here, to the wizard's desktop
// (desktop.h): native file dialogs (GTK's chooser, Windows' common dialog)
// cannot be driven the same way on every platform, so the GUI tests' program
// answers them itself; the buttons that open them are pressed for real.
#include <optional>

#include <wx/string.h>

class wxWindow;

namespace sg::gui {

enum class file_prompt_kind { open_file, save_file, folder };

struct file_prompt {
    file_prompt_kind kind = file_prompt_kind::open_file;
    wxString title;          ///< the dialog's title
    wxString default_name;   ///< save: the suggested file name
    wxString wildcard;       ///< "Registry files (*.reg)|*.reg"
    wxString initial;        ///< the path shown before (open/folder)
};

/// Asks for a path through the desktop of the wizard `parent` is in (the native
/// dialog outside a wizard); nothing when the user cancelled.
std::optional<wxString> ask_path(wxWindow* parent, const file_prompt& prompt);

/// The native dialog.
std::optional<wxString> show_file_dialog(wxWindow* parent, const file_prompt& prompt);

}  // namespace sg::gui
