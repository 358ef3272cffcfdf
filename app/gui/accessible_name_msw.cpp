// MSAA asks the window (WM_GETOBJECT); wx answers through its wxAccessible.
// Only the name is ours: everything else (role, value, state) is left to the
// standard proxy of the native control (wxACC_NOT_IMPLEMENTED).
#include <wx/access.h>
#include <wx/window.h>

#include "app/gui/accessible_name.h"

namespace sg::gui {
namespace {

class named_accessible : public wxAccessible {
public:
    named_accessible(wxWindow* w, const wxString& name) : wxAccessible(w), name_(name) {}
    wxAccStatus GetName(int child, wxString* name) override {
        if (child != wxACC_SELF) return wxACC_NOT_IMPLEMENTED;
        *name = name_;
        return wxACC_OK;
    }
    const wxString& name() const { return name_; }

private:
    wxString name_;
};

}  // namespace

void set_accessible_name(wxWindow& control, const wxString& name) {
    control.SetAccessible(new named_accessible(&control, name));
}

wxString explicit_accessible_name(const wxWindow& control) {
    const auto* a = dynamic_cast<const named_accessible*>(const_cast<wxWindow&>(control).GetAccessible());
    return a ? a->name() : wxString();
}

}  // namespace sg::gui
