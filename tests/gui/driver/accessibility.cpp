#include "gui/driver/accessibility.h"

#include <wx/anybutton.h>
#include <wx/checkbox.h>
#include <wx/control.h>
#include <wx/panel.h>
#include <wx/radiobut.h>
#include <wx/scrolwin.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/window.h>

#include "app/gui/accessible_name.h"
#include "app/gui/ui_helpers.h"

namespace sg::gui::test {
namespace {

bool labels_itself(const wxWindow& w) {
    return dynamic_cast<const wxAnyButton*>(&w) || dynamic_cast<const wxCheckBox*>(&w) ||
           dynamic_cast<const wxRadioButton*>(&w);
}

/// Containers hold controls; a control's own inner windows (a list's, a spin box's) are not controls.
bool is_container(const wxWindow* w) {
    return dynamic_cast<const wxPanel*>(w) || dynamic_cast<const wxScrolledWindow*>(w) ||
           dynamic_cast<const wxStaticBox*>(w);
}

bool reachable(const wxWindow& w) {
    return w.IsShownOnScreen() && w.IsEnabled() && w.AcceptsFocusFromKeyboard() && !is_container(&w);
}

template <typename Visit>
void for_each_control(const wxWindow& parent, Visit visit) {
    for (const wxWindow* child : parent.GetChildren()) {
        if (is_container(child)) {
            for_each_control(*child, visit);
            continue;
        }
        visit(*const_cast<wxWindow*>(child));
    }
}

std::string trimmed(wxString s) { return to_utf8(s.Trim(true).Trim(false)); }

}  // namespace

std::string accessible_name(const wxWindow& control) {
    if (const auto given = trimmed(explicit_accessible_name(control)); !given.empty()) return given;
    if (labels_itself(control)) return trimmed(wxControl::GetLabelText(control.GetLabel()));
    for (const wxWindow* s = control.GetPrevSibling(); s; s = s->GetPrevSibling()) {
        if (const auto* label = dynamic_cast<const wxStaticText*>(s)) {
            if (const auto name = trimmed(label->GetLabelText()); !name.empty()) return name;
        }
    }
    if (const auto* box = dynamic_cast<const wxStaticBox*>(control.GetParent())) return trimmed(box->GetLabelText());
    return {};
}

std::vector<std::string> unnamed_controls(const wxWindow& page) {
    std::vector<std::string> unnamed;
    for_each_control(page, [&](wxWindow& w) {
        if (reachable(w) && accessible_name(w).empty()) unnamed.push_back(describe_window(&w));
    });
    return unnamed;
}

wxWindow* first_focusable(const wxWindow& page) {
    wxWindow* first = nullptr;
    for_each_control(page, [&](wxWindow& w) {
        if (!first && reachable(w)) first = &w;
    });
    return first;
}

bool focus_is_on(const wxWindow* focus, const wxWindow* control) {
    for (const wxWindow* w = focus; w; w = w->GetParent())
        if (w == control) return true;
    return false;
}

std::string describe_window(const wxWindow* w) {
    if (!w) return "nothing";
    return to_utf8(w->GetClassInfo()->GetClassName()) + " '" + to_utf8(w->GetName()) + "' (" +
           trimmed(wxControl::GetLabelText(w->GetLabel()).Left(40)) + ")";
}

}  // namespace sg::gui::test
