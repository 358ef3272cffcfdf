#pragma once
// Page 6: shows where the backup goes before anything is written (the folder
// can be changed), then applies the plan (or restores the chosen backup) off
// the UI thread and lists the outcome of every row.
#include <wx/timer.h>

#include "app/gui/main_wizard.h"

class wxGauge;
class wxListCtrl;
class wxStaticText;

namespace sg::gui {

class path_field;

class page_apply : public wizard_page {
public:
    explicit page_apply(main_wizard* wizard);

    void on_shown() override;
    bool on_leaving(bool forward) override;
    const char* page_id() const override { return "apply"; }

    bool running() const { return running_; }
    bool done() const;

private:
    void start();
    void show_results();

    wxStaticText* title_ = nullptr;
    wxStaticText* intro_ = nullptr;
    path_field* folder_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxGauge* gauge_ = nullptr;
    wxListCtrl* results_ = nullptr;
    wxTimer pulse_;
    bool running_ = false;
};

}  // namespace sg::gui
