#include "app/gui/path_field.h"

#include <utility>

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "app/gui/accessible_name.h"
#include "app/gui/ui_helpers.h"

namespace sg::gui {

path_field::path_field(wxWindow* parent, file_prompt prompt, const wxString& accessible_name)
    : wxPanel(parent, wxID_ANY), prompt_(std::move(prompt)) {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    text_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    text_->SetName(accessible_name);
    set_accessible_name(*text_, accessible_name);
    text_->SetHint(prompt_.kind == file_prompt_kind::folder ? _("Type a folder, or Browse…")
                                                            : _("Type a file name, or Browse…"));
    browse_ = new wxButton(this, wxID_ANY, _("Browse…"));
    browse_->SetName(accessible_name + wxS(": ") + _("Browse"));
    set_accessible_name(*browse_, accessible_name + wxS(": ") + _("Browse"));
    row->Add(text_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    row->Add(browse_, 0, wxALIGN_CENTER_VERTICAL);
    SetSizer(row);

    browse_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { browse(); });
    text_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { commit_typed(); });
    text_->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
        e.Skip();
        // After the focus change is done: a message box from the handler would fight it.
        CallAfter([this] { commit_typed(); });
    });
}

wxString path_field::path() const { return text_->GetValue().Strip(wxString::both); }

void path_field::set_path(const wxString& path) {
    text_->ChangeValue(path);
    last_reported_ = path;
}

void path_field::on_changed(std::function<void(const wxString&)> handler) { changed_ = std::move(handler); }

void path_field::browse() {
    file_prompt prompt = prompt_;
    prompt.initial = path();
    const auto chosen = ask_path(this, prompt);
    if (!chosen) return;
    text_->ChangeValue(*chosen);
    commit_typed();
}

void path_field::commit_typed() {
    const wxString now = path();
    if (now == last_reported_) return;
    last_reported_ = now;
    if (changed_) changed_(now);
}

}  // namespace sg::gui
