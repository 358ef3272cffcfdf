#pragma once
// Page 1: what ShareGuard changes and what it cannot, the target (this
// computer or a snapshot file) and the path (harden, or restore a backup).
#include "app/gui/main_wizard.h"

class wxRadioButton;
class wxStaticText;
class wxButton;

namespace sg::gui {

class path_field;

class page_welcome : public wizard_page {
public:
    explicit page_welcome(main_wizard* wizard);

    void on_shown() override;
    bool on_leaving(bool forward) override;
    const char* page_id() const override { return "welcome"; }


private:
    void update_enabled();
    void on_restart_elevated();

    wxRadioButton* live_ = nullptr;
    wxRadioButton* snapshot_ = nullptr;
    path_field* snapshot_file_ = nullptr;
    wxStaticText* target_note_ = nullptr;
    wxStaticText* elevation_note_ = nullptr;
    wxButton* elevate_ = nullptr;
    wxRadioButton* harden_ = nullptr;
    wxRadioButton* restore_ = nullptr;
};

}  // namespace sg::gui
