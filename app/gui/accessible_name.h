#pragma once
// The name a screen reader reads for a control that has no label of its own
// and none before it (a path field's text box inside its panel). wxMSW: a
// wxAccessible answering MSAA's name; wxGTK: the widget's ATK name. Picked by
// CMake (accessible_name_msw.cpp, accessible_name_gtk.cpp).
#include <wx/string.h>

class wxWindow;

namespace sg::gui {

void set_accessible_name(wxWindow& control, const wxString& name);
/// The name set_accessible_name gave (empty when none): what the GUI tests check.
wxString explicit_accessible_name(const wxWindow& control);

}  // namespace sg::gui
