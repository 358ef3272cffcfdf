#include "app/gui/file_prompts.h"

#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/filename.h>

#include "app/gui/main_wizard.h"

namespace sg::gui {

std::optional<wxString> ask_path(wxWindow* parent, const file_prompt& prompt) {
    // Up through dialogs too (the export dialog's Browse…): their parent is a page of the wizard.
    for (wxWindow* w = parent; w; w = w->GetParent())
        if (auto* wizard = dynamic_cast<main_wizard*>(w); wizard && wizard->desk().ask_path)
            return wizard->desk().ask_path(parent, prompt);
    return show_file_dialog(parent, prompt);
}

std::optional<wxString> show_file_dialog(wxWindow* parent, const file_prompt& prompt) {
    if (prompt.kind == file_prompt_kind::folder) {
        wxDirDialog dlg(parent, prompt.title, prompt.initial, wxDD_DEFAULT_STYLE);
        if (dlg.ShowModal() != wxID_OK) return std::nullopt;
        return dlg.GetPath();
    }
    const bool save = prompt.kind == file_prompt_kind::save_file;
    wxString folder, name = prompt.default_name;
    if (!prompt.initial.empty()) {
        const wxFileName shown(prompt.initial);
        folder = shown.GetPath();
        if (!save) name = shown.GetFullName();
    }
    wxFileDialog dlg(parent, prompt.title, folder, name, prompt.wildcard,
                     save ? wxFD_SAVE | wxFD_OVERWRITE_PROMPT : wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dlg.ShowModal() != wxID_OK) return std::nullopt;
    return dlg.GetPath();
}

}  // namespace sg::gui
