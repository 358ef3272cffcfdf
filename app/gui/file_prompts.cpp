#include "app/gui/file_prompts.h"

#include <utility>

#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/filename.h>

namespace sg::gui {

namespace {
file_prompt_answerer& answerer() {
    static file_prompt_answerer a;
    return a;
}
}  // namespace

void set_file_prompt_answerer(file_prompt_answerer a) { answerer() = std::move(a); }

std::optional<wxString> ask_path(wxWindow* parent, const file_prompt& prompt) {
    if (answerer()) return answerer()(prompt);
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
