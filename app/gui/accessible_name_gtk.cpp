// GTK's accessibility (ATK, read by Orca) names a widget through its AtkObject.
#include <gtk/gtk.h>

#include <wx/window.h>

#include "app/gui/accessible_name.h"

namespace sg::gui {

void set_accessible_name(wxWindow& control, const wxString& name) {
    if (auto* widget = static_cast<GtkWidget*>(control.GetHandle()))
        atk_object_set_name(gtk_widget_get_accessible(widget), name.utf8_str());
}

wxString explicit_accessible_name(const wxWindow& control) {
    auto* widget = static_cast<GtkWidget*>(const_cast<wxWindow&>(control).GetHandle());
    const char* name = widget ? atk_object_get_name(gtk_widget_get_accessible(widget)) : nullptr;
    return name ? wxString::FromUTF8(name) : wxString();
}

}  // namespace sg::gui
