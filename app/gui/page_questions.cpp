#include "app/gui/page_questions.h"

#include <wx/checkbox.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>

#include "app/gui/ui_helpers.h"
#include "app/text/describe.h"

namespace sg::gui {

page_questions::page_questions(main_wizard* wizard) : wizard_page(wizard) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    add_title(this, sizer, _("What does this machine do?"));
    add_paragraph(this, sizer,
                  _("ShareGuard filled in what it could tell from the scan. Tick every statement that is true: "
                    "each one decides which shares and named pipes must stay reachable."));

    scroller_ = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL);
    scroller_->SetName(_("Questions"));
    scroller_->SetScrollRate(0, FromDIP(10));
    auto* list = new wxBoxSizer(wxVERTICAL);
    for (const question& q : questions()) {
        row r;
        r.id = q.id;
        r.box = new wxCheckBox(scroller_, wxID_ANY, to_wx(text::question_title(q.id)));
        r.box->SetName(to_wx(id_of(q.id)));
        r.detail = new wxStaticText(scroller_, wxID_ANY, wxString());
        r.detail->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        list->Add(r.box, 0, wxTOP | wxLEFT | wxRIGHT, FromDIP(4));
        list->Add(r.detail, 0, wxLEFT, FromDIP(28));
        list->AddSpacer(FromDIP(8));
        const question_id id = q.id;
        r.box->Bind(wxEVT_CHECKBOX, [this, id](wxCommandEvent& e) {
            model().set_answer(id, e.IsChecked());
        });
        rows_.push_back(r);
    }
    scroller_->SetSizer(list);
    sizer->Add(scroller_, 1, wxEXPAND);
    SetSizer(sizer);
}

wxCheckBox* page_questions::checkbox(question_id id) const {
    for (const auto& r : rows_)
        if (r.id == id) return r.box;
    return nullptr;
}

void page_questions::on_shown() { fill(); }

void page_questions::fill() {
    const int indent = FromDIP(28);
    for (auto& r : rows_) {
        auto it = model().answers().find(r.id);
        const bool yes = it != model().answers().end() && it->second.yes;
        r.box->SetValue(yes);
        wxString detail = to_wx(text::question_why(r.id));
        if (it != model().answers().end() && it->second.from_detection && !it->second.evidence.empty()) {
            wxString evidence;
            for (const auto& e : it->second.evidence) {
                if (!evidence.empty()) evidence += wxS(", ");
                evidence += short_key(e);
            }
            detail += wxS("\n") + wxString::Format(_("Detected: %s"), evidence);
        } else {
            detail += wxS("\n") + _("Not detected.");
        }
        r.detail->SetLabelText(detail);
        wrap_label(r.detail, FromDIP(paragraph_width) - indent - FromDIP(30));
    }
    scroller_->FitInside();
    Layout();
}

}  // namespace sg::gui
