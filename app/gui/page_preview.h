#pragma once
// Page 5: the plan as a table (Group Policy name, key\value, current -> new,
// restart, risk). Rows can be unticked. The changes can be saved as a .reg
// file, exported for deployment (deployment_export.h) or copied as text.
// Nothing is written to the target here.
#include <vector>

#include "app/gui/main_wizard.h"

class wxListCtrl;
class wxStaticText;
class wxButton;

namespace sg::gui {

class setting_card_view;

class page_preview : public wizard_page {
public:
    explicit page_preview(main_wizard* wizard);

    void on_shown() override;
    bool on_leaving(bool forward) override;
    const char* page_id() const override { return "preview"; }

    /// Writes the selected changes as a regedit file (throws file_error).
    void save_reg(const wxString& file) const;
    /// The plan as text, as "Copy as text" puts it on the clipboard.
    wxString plan_text() const;
    /// Number of rows shown (changes that write something).
    int row_count() const;
    /// For tests: the list, and the plan change a list row shows.
    wxListCtrl* list() const { return list_; }
    /// The card shown for the selected row.
    wxString card_text() const;
    std::size_t plan_index_of(long row) const { return plan_rows_.at(static_cast<std::size_t>(row)); }

private:
    void fill();
    /// The plan follows the row's tick box.
    void take_tick(long row);
    void update_summary();
    void show_details(long row);
    /// Selects and focuses the row, and shows its details.
    void focus_row(long row);
    void on_save_reg();
    void on_copy();

    wxStaticText* intro_ = nullptr;
    wxListCtrl* list_ = nullptr;
    setting_card_view* card_ = nullptr;
    wxStaticText* summary_ = nullptr;
    wxButton* save_ = nullptr;
    wxButton* copy_ = nullptr;
    wxButton* export_ = nullptr;
    std::vector<std::size_t> plan_rows_;  ///< list row -> plan change index
    bool filling_ = false;
};

}  // namespace sg::gui
