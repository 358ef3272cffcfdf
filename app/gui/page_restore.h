#pragma once
// Restore path, page 2: pick a backup file and see its header (machine, time,
// profile, whether its hash still matches) before restoring it.
#include "app/gui/main_wizard.h"

class wxStaticText;
class wxCheckBox;
class wxFlexGridSizer;

namespace sg::gui {

class path_field;

class page_restore : public wizard_page {
public:
    explicit page_restore(main_wizard* wizard);

    void on_shown() override;
    bool on_leaving(bool forward) override;
    const char* page_id() const override { return "restore"; }

    /// For tests and --restore: load this backup.
    void load(const wxString& file);
    /// The user accepted a backup whose hash does not match.
    bool force() const;

private:
    void show_header();

    path_field* file_ = nullptr;
    wxStaticText* machine_ = nullptr;
    wxStaticText* time_ = nullptr;
    wxStaticText* profile_ = nullptr;
    wxStaticText* target_ = nullptr;
    wxStaticText* entries_ = nullptr;
    wxStaticText* integrity_ = nullptr;
    wxCheckBox* force_ = nullptr;
};

}  // namespace sg::gui
