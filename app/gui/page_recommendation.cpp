#include "app/gui/page_recommendation.h"

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/radiobut.h>
#include <wx/statbox.h>

#include "app/gui/path_field.h"
#include "app/gui/setting_card_view.h"
#include "app/gui/ui_helpers.h"
#include "app/text/describe.h"
#include "app/text/profile_text.h"
#include "wizard/catalog.h"
#include "wizard/recommendation.h"

namespace sg::gui {

namespace {

strategy other_than(strategy s) { return s == strategy::block ? strategy::restrict : strategy::block; }

}  // namespace

page_recommendation::page_recommendation(main_wizard* wizard) : wizard_page(wizard) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    add_title(this, sizer, _("Recommendation"));
    summary_ = add_paragraph(this, sizer, wxString());
    summary_->SetName(wxS("recommendation_summary"));

    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("Profile to apply"));
    wxWindow* b = box->GetStaticBox();
    recommended_ = new wxRadioButton(b, wxID_ANY, wxS("-"), wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
    recommended_->SetName(wxS("use_recommended"));
    other_ = new wxRadioButton(b, wxID_ANY, wxS("-"));
    other_->SetName(wxS("use_other_strategy"));
    box->Add(recommended_, 0, wxALL, FromDIP(3));
    box->Add(other_, 0, wxALL, FromDIP(3));

    auto* builtin_row = new wxBoxSizer(wxHORIZONTAL);
    builtin_ = new wxRadioButton(b, wxID_ANY, _("A b&uilt-in profile:"));
    builtin_->SetName(wxS("use_builtin"));
    builtin_choice_ = new wxChoice(b, wxID_ANY);
    builtin_choice_->SetName(_("Built-in profile"));
    for (const auto& info : builtin_profiles()) {
        wxString label = to_wx(info.name);
        const std::string description = text::builtin_profile_description(info.name);
        if (!description.empty()) label += wxS(" — ") + to_wx(description);
        builtin_choice_->Append(label);
    }
    if (builtin_choice_->GetCount() > 0) builtin_choice_->SetSelection(0);
    builtin_row->Add(builtin_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    builtin_row->Add(builtin_choice_, 1, wxALIGN_CENTER_VERTICAL);
    box->Add(builtin_row, 0, wxEXPAND | wxALL, FromDIP(3));

    auto* custom_row = new wxBoxSizer(wxHORIZONTAL);
    custom_ = new wxRadioButton(b, wxID_ANY, _("A custom profile f&ile (JSON):"));
    custom_->SetName(wxS("use_custom"));
    custom_file_ = new path_field(b, {file_prompt_kind::open_file, _("Choose a ShareGuard profile"), wxString(),
                                      _("Profiles (*.json)|*.json|All files|*"), wxString()},
                                  _("Custom profile file"));
    custom_row->Add(custom_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    custom_row->Add(custom_file_, 1, wxALIGN_CENTER_VERTICAL);
    box->Add(custom_row, 0, wxEXPAND | wxALL, FromDIP(3));
    sizer->Add(box, 0, wxEXPAND | wxBOTTOM, FromDIP(6));

    warnings_ = add_paragraph(this, sizer, wxString());
    warnings_->SetName(wxS("recommendation_warnings"));
    warnings_->SetForegroundColour(wxColour(0xB0, 0x30, 0x00));

    targets_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 120)),
                              wxLC_REPORT | wxLC_SINGLE_SEL | wxBORDER_THEME);
    targets_->SetName(_("Target values and reasons"));
    targets_->AppendColumn(_("Setting"), wxLIST_FORMAT_LEFT, FromDIP(200));
    targets_->AppendColumn(_("Value"), wxLIST_FORMAT_LEFT, FromDIP(110));
    targets_->AppendColumn(_("Reason"), wxLIST_FORMAT_LEFT, FromDIP(480));
    fill_last_column(targets_);
    sizer->Add(targets_, 1, wxEXPAND | wxBOTTOM, FromDIP(4));
    // The reason column is cut at the list's width; the selected row's card has it in full.
    card_ = new setting_card_view(this, 120);
    sizer->Add(card_, 1, wxEXPAND | wxBOTTOM, FromDIP(4));
    SetSizer(sizer);

    targets_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { show_details(e.GetIndex()); });

    for (wxRadioButton* r : {recommended_, other_, builtin_, custom_})
        r->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { apply_choice(); });
    builtin_choice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        builtin_->SetValue(true);
        apply_choice();
    });
    custom_file_->on_changed([this](const wxString&) {
        custom_->SetValue(true);
        apply_choice();
    });
}

void page_recommendation::on_shown() {
    const strategy rec = model().recommended();
    recommended_->SetLabel(wxString::Format(_("Use the &recommendation: %s"), to_wx(text::strategy_name(rec))));
    other_->SetLabel(wxString::Format(_("Use the &other strategy: %s"), to_wx(text::strategy_name(other_than(rec)))));
    // The answers may have changed since the last visit: follow them unless a fixed profile was picked.
    switch (model().origin()) {
    case profile_origin::recommended: recommended_->SetValue(true); break;
    case profile_origin::other_strategy: other_->SetValue(true); break;
    case profile_origin::builtin: {
        builtin_->SetValue(true);
        // Opened with --profile NAME: show that name in the list.
        const auto& all = builtin_profiles();
        for (size_t i = 0; i < all.size(); ++i)
            if (all[i].name == model().chosen_profile().name) builtin_choice_->SetSelection(static_cast<int>(i));
        break;
    }
    case profile_origin::custom_file:
        custom_->SetValue(true);
        if (custom_file_->path().empty()) custom_file_->set_path(to_wx(model().chosen_profile().source));
        break;
    }
    apply_choice();
}

void page_recommendation::apply_choice() {
    choice_failed_ = false;
    builtin_choice_->Enable(builtin_->GetValue());
    custom_file_->Enable(custom_->GetValue());
    try {
        if (recommended_->GetValue()) {
            model().choose_recommended();
        } else if (other_->GetValue()) {
            model().choose_strategy(other_than(model().recommended()));
        } else if (builtin_->GetValue()) {
            const int i = builtin_choice_->GetSelection();
            if (i == wxNOT_FOUND) throw std::invalid_argument("no built-in profile selected");
            model().choose_builtin(builtin_profiles().at(static_cast<size_t>(i)).name);
        } else if (custom_->GetValue()) {
            const wxString file = custom_file_->path();
            if (file.empty()) {
                choice_failed_ = true;
                targets_->DeleteAllItems();
                set_paragraph(warnings_, _("Choose a profile file (JSON)."));
                Layout();
                return;
            }
            model().choose_custom(to_path(file));
        }
    } catch (...) {
        choice_failed_ = true;
        targets_->DeleteAllItems();
        set_paragraph(warnings_, _("This profile cannot be used: ") + describe_current_exception());
        Layout();
        return;
    }
    show_profile();
}

void page_recommendation::show_profile() {
    const profile& p = model().chosen_profile();
    const strategy rec = model().recommended();

    wxString summary;
    if (model().origin() == profile_origin::recommended) {
        summary = wxString::Format(_("ShareGuard recommends %s for this machine."), to_wx(text::strategy_name(rec)));
    } else {
        summary = wxString::Format(_("Chosen: %s (%s). ShareGuard recommends %s for the answers given."),
                                   to_wx(p.name), to_wx(text::strategy_name(p.strat)), to_wx(text::strategy_name(rec)));
    }
    summary += wxS(" ") + to_wx(text::strategy_summary(p.strat));
    set_paragraph(summary_, summary);

    wxString warn;
    auto add_line = [&warn](const wxString& line) {
        if (!warn.empty()) warn += wxS("\n");
        warn += wxS("• ") + line;
    };
    for (const conflict& c : model().conflicts_with(p.strat))
        add_line(wxString::Format(_("Stops working without ADMIN$ and C$: %s"),
                                  to_wx(text::question_title(c.question))));
    // The engine's warning codes normally say this; a custom profile may carry none.
    if (p.strat == strategy::block && p.warnings.empty()) {
        add_line(_("IPC$ stays: block turns off C$, ADMIN$ and the other automatic shares; the Server service "
                   "still creates IPC$."));
        add_line(_("Security monitoring (EDR/SIEM) may raise an alert: removing admin shares is also what some "
                   "malware does."));
    }
    for (const auto& code : p.warnings) {
        const wxString line = to_wx(text::warning_text(code));
        if (warn.Find(line) == wxNOT_FOUND) add_line(line);
    }
    // The wizard runs elevated: a profile others may change decides what it writes.
    for (const auto& problem : model().profile_trust()) add_line(to_wx(text::trust_problem_text(problem)));
    set_paragraph(warnings_, warn);

    targets_->DeleteAllItems();
    long row = 0;
    for (const target& t : p.targets) {
        const setting* s = find_setting(t.setting_id);
        wxString name = to_wx(s ? s->value_name : t.setting_id);
        const long i = targets_->InsertItem(row++, name);
        targets_->SetItem(i, 1, t.value ? to_wx(text::value_text(t.value)) : _("(delete)"));
        targets_->SetItem(i, 2, to_wx(text::reason_text(t.why)));
    }
    for (const unmanaged_setting& u : p.unmanaged) {
        const setting* s = find_setting(u.setting_id);
        const long i = targets_->InsertItem(row++, to_wx(s ? s->value_name : u.setting_id));
        targets_->SetItem(i, 1, _("(left as is)"));
        targets_->SetItem(i, 2, to_wx(text::reason_text(u.why)));
    }
    if (p.targets.empty()) card_->show_message(_("This profile changes nothing."));
    else card_->show_hint();
    Layout();
}

std::string page_recommendation::setting_of(long row) const {
    const profile& p = model().chosen_profile();
    if (row < 0) return {};
    const auto index = static_cast<size_t>(row);
    if (index < p.targets.size()) return p.targets[index].setting_id;
    if (index - p.targets.size() < p.unmanaged.size()) return p.unmanaged[index - p.targets.size()].setting_id;
    return {};
}

wxString page_recommendation::card_text() const { return card_->GetValue(); }

void page_recommendation::show_details(long row) {
    if (auto card = model().card_for(setting_of(row))) card_->show(*card);
    else card_->show_hint();
    Layout();
}

bool page_recommendation::on_leaving(bool forward) {
    if (!forward) return true;
    if (choice_failed_) {
        show_error(this, _("Choose a profile ShareGuard can use."), warnings_->GetLabel());
        return false;
    }
    try {
        model().build_plan();
    } catch (...) {
        show_error(this, _("ShareGuard could not prepare the changes."), describe_current_exception());
        return false;
    }
    return true;
}

}  // namespace sg::gui
