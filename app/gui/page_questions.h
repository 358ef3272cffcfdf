#pragma once
// Page 3: the questions, pre-filled from the scan ("detected: ..."), each with
// a line on why it matters. The user confirms or changes them.
#include <string>
#include <vector>

#include "app/gui/main_wizard.h"
#include "wizard/vocabulary.h"

class wxCheckBox;
class wxStaticText;
class wxScrolledWindow;

namespace sg::gui {

class page_questions : public wizard_page {
public:
    explicit page_questions(main_wizard* wizard);

    void on_shown() override;
    const char* page_id() const override { return "questions"; }

    /// The checkbox for a question (tests toggle it).
    wxCheckBox* checkbox(question_id id) const;

private:
    struct row {
        question_id id;
        wxCheckBox* box = nullptr;
        wxStaticText* detail = nullptr;
    };
    void fill();

    wxScrolledWindow* scroller_ = nullptr;
    std::vector<row> rows_;
};

}  // namespace sg::gui
