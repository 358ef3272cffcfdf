#include "app/gui/page_preview.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/clipbrd.h>
#include <wx/listctrl.h>

#include "app/gui/deployment_export.h"
#include "app/gui/file_prompts.h"
#include "app/gui/setting_card_view.h"
#include "app/gui/ui_helpers.h"
#include "app/text/describe.h"
#include "app/text/ownership_text.h"
#include "app/text/profile_text.h"
#include "app/text/render_text.h"
#include "wizard/catalog.h"
#include "wizard/plan_export.h"

namespace sg::gui {

page_preview::page_preview(main_wizard* wizard) : wizard_page(wizard) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    add_title(this, sizer, _("Preview of the changes"));
    intro_ = add_paragraph(this, sizer, wxString());

    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 150)),
                           wxLC_REPORT | wxLC_SINGLE_SEL | wxBORDER_THEME);
    list_->SetName(_("Planned changes"));
    list_->EnableCheckBoxes();
    list_->AppendColumn(_("Key\\Value"), wxLIST_FORMAT_LEFT, FromDIP(260));
    list_->AppendColumn(_("Current"), wxLIST_FORMAT_LEFT, FromDIP(70));
    list_->AppendColumn(_("New"), wxLIST_FORMAT_LEFT, FromDIP(70));
    list_->AppendColumn(_("Restart"), wxLIST_FORMAT_LEFT, FromDIP(185));
    list_->AppendColumn(_("Risk"), wxLIST_FORMAT_LEFT, FromDIP(80));
    list_->AppendColumn(_("Setting (Group Policy)"), wxLIST_FORMAT_LEFT, FromDIP(180));
    fill_last_column(list_);
    sizer->Add(list_, 1, wxEXPAND | wxBOTTOM, FromDIP(4));

    card_ = new setting_card_view(this, 150);
    sizer->Add(card_, 1, wxEXPAND | wxBOTTOM, FromDIP(6));
    summary_ = add_paragraph(this, sizer, wxString());
    summary_->SetName(wxS("preview_summary"));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    save_ = new wxButton(this, wxID_ANY, _("Save as .&reg…"));
    save_->SetName(wxS("save_reg"));
    copy_ = new wxButton(this, wxID_ANY, _("Co&py as text"));
    copy_->SetName(wxS("copy_text"));
    export_ = new wxButton(this, wxID_ANY, _("Export for &deployment…"));
    export_->SetName(wxS("export_deployment"));
    buttons->Add(save_, 0, wxRIGHT, FromDIP(6));
    buttons->Add(export_, 0, wxRIGHT, FromDIP(6));
    buttons->Add(copy_, 0);
    sizer->Add(buttons, 0, wxALIGN_RIGHT);
    SetSizer(sizer);

    auto on_check = [this](wxListEvent& e) { take_tick(e.GetIndex()); };
    list_->Bind(wxEVT_LIST_ITEM_CHECKED, on_check);
    list_->Bind(wxEVT_LIST_ITEM_UNCHECKED, on_check);
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { show_details(e.GetIndex()); });
    // Space ticks or unticks the focused row. Windows' list view does this by
    // itself (Wine's not on key down), wx's generic list (GTK) not at all: the
    // page does it on key down and swallows the rest of the key, so it happens
    // exactly once everywhere.
    auto is_space = [](const wxKeyEvent& e) { return e.GetKeyCode() == WXK_SPACE && !e.HasAnyModifiers(); };
    list_->Bind(wxEVT_KEY_DOWN, [this, is_space](wxKeyEvent& e) {
        if (!is_space(e)) return e.Skip();
        long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_FOCUSED);
        if (row < 0) row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        if (row < 0) return;
        list_->CheckItem(row, !list_->IsItemChecked(row));
        take_tick(row);  // wxMSW sends no "checked" event for CheckItem
    });
    for (auto type : {wxEVT_CHAR, wxEVT_KEY_UP})
        list_->Bind(type, [is_space](wxKeyEvent& e) {
            if (!is_space(e)) e.Skip();
        });
    save_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_save_reg(); });
    copy_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_copy(); });
    export_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { export_for_deployment(this, model()); });
}

void page_preview::on_shown() { fill(); }

void page_preview::take_tick(long row) {
    if (filling_ || row < 0 || static_cast<size_t>(row) >= plan_rows_.size()) return;
    if (!model().select_row(plan_rows_[static_cast<size_t>(row)], list_->IsItemChecked(row))) {
        // Refused (unreadable): the box goes back, the details say why.
        filling_ = true;
        list_->CheckItem(row, false);
        filling_ = false;
        focus_row(row);
    }
    update_summary();
}

int page_preview::row_count() const { return list_->GetItemCount(); }

void page_preview::fill() {
    filling_ = true;
    list_->DeleteAllItems();
    plan_rows_.clear();
    const plan& p = model().current_plan();
    int unchanged = 0;
    for (std::size_t k = 0; k < p.changes.size(); ++k) {
        const planned_change& c = p.changes[k];
        if (c.action == change_action::none) {
            ++unchanged;
            continue;
        }
        const setting* s = find_setting(c.setting_id);
        // Microsoft's own name, as given: Windows shows it localised in its editor, and
        // a translation of ours would not be the one the administrator finds there.
        wxString name = s && !s->group_policy.empty() ? to_wx(s->group_policy) : _("(no Group Policy setting)");
        const long i = list_->InsertItem(static_cast<long>(plan_rows_.size()), short_value_path(c.key, c.value_name));
        list_->SetItem(i, 1, c.current_status == value_status::present ? to_wx(text::value_text(c.current))
                                                                       : to_wx(text::status_text(c.current_status)));
        list_->SetItem(i, 2, to_wx(text::value_text(c.desired)));
        list_->SetItem(i, 3, to_wx(text::restart_text(c.restart)));
        // A managed row says who owns it where the eye lands before ticking.
        list_->SetItem(i, 4, to_wx(c.ownership.managed() ? text::risk_text(c.risk) + " (" +
                                                                text::owner_name(c.ownership.owner) + ")"
                                                          : text::risk_text(c.risk)));
        list_->SetItem(i, 5, name);
        list_->CheckItem(i, c.selected);
        plan_rows_.push_back(k);
    }
    filling_ = false;

    wxString intro = wxString::Format(_("Nothing has been written yet. Profile: %s. Untick a row to leave that value "
                                        "as it is; select a row to see why it changes."),
                                      to_wx(p.profile_name));
    if (unchanged > 0)
        intro += wxS(" ") + wxString::Format(wxPLURAL("%d setting already has its target value.",
                                                     "%d settings already have their target values.", unchanged),
                                            unchanged);
    // Opened with --profile FILE the Recommendation page was never shown: warn here too.
    for (const auto& problem : model().profile_trust())
        intro += wxS("\n• ") + to_wx(text::trust_problem_text(problem));
    set_paragraph(intro_, intro);
    card_->show_hint();
    if (list_->GetItemCount() > 0) focus_row(0);
    update_summary();
}

void page_preview::focus_row(long row) {
    list_->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    show_details(row);
}

void page_preview::show_details(long row) {
    if (row < 0 || static_cast<size_t>(row) >= plan_rows_.size()) return;
    const planned_change& c = model().current_plan().changes[plan_rows_[static_cast<size_t>(row)]];
    // The card says what the engine knows; the page adds what it does with the row.
    wxString first;
    if (c.current_status == value_status::unreadable)
        first = _("ShareGuard could not read the current value, so it can neither back it up nor check it before "
                  "writing: this row stays unticked. Fix the access to the key and scan again.");
    else if (c.ownership.managed())
        first = _("A policy owns this value, so this row starts unticked: the policy puts its own value back, and "
                  "ShareGuard would report a change that does not last. Change the value in the policy (Export for "
                  "deployment writes the files). Tick the row only to write it here anyway.") +
                wxS("\n") + to_wx(text::ownership_line(c.ownership)) + wxS("\n") +
                to_wx(text::ownership_consequence(c.ownership));
    if (auto card = model().card_for(c.setting_id)) card_->show(*card, first);
    else card_->show_message(first);
    Layout();
}

wxString page_preview::card_text() const { return card_->GetValue(); }

void page_preview::update_summary() {
    const plan& p = model().current_plan();
    const auto pending = p.pending();
    wxString text = wxString::Format(wxPLURAL("%d change selected.", "%d changes selected.", static_cast<int>(pending.size())),
                                     static_cast<int>(pending.size()));
    if (!pending.empty()) text += wxS(" ") + wxString::Format(_("Restart: %s."), to_wx(text::restart_text(p.strongest_restart())));
    set_paragraph(summary_, text);
    save_->Enable(!pending.empty());
    // A fleet gets every ticked value, also those this machine already has (deployment_from_plan).
    export_->Enable(std::any_of(p.changes.begin(), p.changes.end(), [](const planned_change& c) { return c.selected; }));
    Layout();
}

void page_preview::save_reg(const wxString& file) const {
    write_plan_reg(model().current_plan(), to_path(file));
}

wxString page_preview::plan_text() const { return to_wx(text::render_plan(model().current_plan())); }

void page_preview::on_save_reg() {
    const auto file = ask_path(this, {file_prompt_kind::save_file, _("Save the changes as a registry file"),
                                      wxS("shareguard-changes.reg"), _("Registry files (*.reg)|*.reg"), wxString()});
    if (!file) return;
    try {
        save_reg(*file);
    } catch (...) {
        show_error(this, _("ShareGuard could not save the file."), describe_current_exception());
    }
}

void page_preview::on_copy() {
    wxClipboardLocker lock;
    if (!lock || !wxTheClipboard->SetData(new wxTextDataObject(plan_text()))) {
        show_error(this, _("ShareGuard could not use the clipboard."), _("Save the report from the last page instead."));
        return;
    }
    wxTheClipboard->Flush();  // keep the text after ShareGuard exits
}

bool page_preview::on_leaving(bool forward) {
    if (!forward) return true;
    if (model().current_plan().pending().empty()) {
        show_error(this, _("No change is selected."), _("Tick at least one row, or press Cancel to leave."));
        return false;
    }
    return true;
}

}  // namespace sg::gui
