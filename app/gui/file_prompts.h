#pragma once
// Every file dialog of the wizard goes through here, so the self-test can answer
// them: native file dialogs (GTK's chooser, Windows' common dialog) cannot be
// driven the same way on every platform, the buttons that open them can.
#include <functional>
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

/// Asks for a path; nothing when the user cancelled.
std::optional<wxString> ask_path(wxWindow* parent, const file_prompt& prompt);

/// Who answers instead of the dialog (the self-test); an empty function: show the dialog.
using file_prompt_answerer = std::function<std::optional<wxString>(const file_prompt&)>;
void set_file_prompt_answerer(file_prompt_answerer answerer);

}  // namespace sg::gui
