#pragma once
// Page 4: the recommended strategy (block or restrict) with the reason for each
// target value; the other strategy, a built-in profile or a custom JSON profile
// can be chosen instead, with a warning of what that breaks.
#include "app/gui/main_wizard.h"

class wxRadioButton;
class wxChoice;
class wxStaticText;
class wxListCtrl;

namespace sg::gui {

class path_field;
class setting_card_view;

class page_recommendation : public wizard_page {
public:
    explicit page_recommendation(main_wizard* wizard);

    void on_shown() override;
    bool on_leaving(bool forward) override;
    const char* page_id() const override { return "recommendation"; }

    /// The targets list (targets, then the settings left as they are) and the card of its selected row.
    wxListCtrl* targets() const { return targets_; }
    wxString card_text() const;
    /// The setting id of a row of the targets list.
    std::string setting_of(long row) const;

private:
    void apply_choice();
    void show_profile();
    void show_details(long row);

    wxStaticText* summary_ = nullptr;
    wxRadioButton* recommended_ = nullptr;
    wxRadioButton* other_ = nullptr;
    wxRadioButton* builtin_ = nullptr;
    wxChoice* builtin_choice_ = nullptr;
    wxRadioButton* custom_ = nullptr;
    path_field* custom_file_ = nullptr;
    wxStaticText* warnings_ = nullptr;
    wxListCtrl* targets_ = nullptr;
    setting_card_view* card_ = nullptr;
    bool choice_failed_ = false;
};

}  // namespace sg::gui
