#pragma once
// Page 2: reads the target off the UI thread, then lists what it found:
// services, SQL Server instances (named pipes on or off), roles, and the
// current value of every setting ShareGuard knows.
#include <wx/timer.h>

#include "app/gui/main_wizard.h"

class wxGauge;
class wxStaticText;
class wxListCtrl;
class wxButton;

namespace sg::gui {

class page_scan : public wizard_page {
public:
    explicit page_scan(main_wizard* wizard);

    void on_shown() override;
    bool on_leaving(bool forward) override;
    const char* page_id() const override { return "scan"; }

    bool scanning() const { return scanning_; }

private:
    void start_scan();
    void fill_list();

    wxGauge* gauge_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxListCtrl* list_ = nullptr;
    wxButton* rescan_ = nullptr;
    wxTimer pulse_;
    bool scanning_ = false;
};

}  // namespace sg::gui
