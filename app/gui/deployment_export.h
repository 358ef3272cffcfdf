#pragma once
// "Export for deployment…" on the Preview and Finish pages: the ticked rows as
// the files Group Policy, Intune, Ansible and regedit deploy, each with its undo
// twin, written by the same use case as `shareguard-cli export`
// (wizard_model::export_for_deployment -> session::write_exports). Asks for the
// folder through the wizard's desktop, then for the formats and the undo basis.
#include <filesystem>
#include <optional>
#include <vector>

#include <wx/dialog.h>

#include "wizard/fleet/export_formats.h"

class wxButton;
class wxCheckBox;
class wxRadioButton;

namespace sg::gui {

class path_field;
class wizard_model;

/// The formats (all ticked) and the undo basis (what Windows ships, or a backup).
class export_dialog : public wxDialog {
public:
    /// `values`: the settings the export holds; `already_set`: how many of them
    /// this machine already has (the Preview does not list those).
    export_dialog(wxWindow* parent, const wxString& folder, std::size_t values, std::size_t already_set);

    std::vector<fleet::export_format> formats() const;
    /// The backup the undo returns to; nullopt: what Windows ships.
    std::optional<std::filesystem::path> undo_from() const;

    wxButton* export_button() const { return export_; }

private:
    void update();

    std::vector<std::pair<fleet::export_format, wxCheckBox*>> format_boxes_;
    wxRadioButton* undo_defaults_ = nullptr;
    wxRadioButton* undo_backup_ = nullptr;
    path_field* backup_ = nullptr;
    wxButton* export_ = nullptr;
};

/// The whole flow: folder, dialog, write, then an error box or a message that
/// names the folder, the files, the undo basis and what the undo leaves out.
void export_for_deployment(wxWindow* parent, const wizard_model& model);

}  // namespace sg::gui
