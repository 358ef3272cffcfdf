#pragma once
// What a screen reader and a keyboard user meet on a page, in any language:
// every control has an accessible name, and focus starts on the first control.
#include <string>
#include <vector>

class wxWindow;

namespace sg::gui::test {

/// The name a screen reader reads for a control: the one set_accessible_name gave it, its own label
/// (buttons, check boxes, radio buttons),
/// else the nearest static text before it among its siblings (the label wxMSW associates with it, as
/// MSAA does), else the label of the box it sits in. Empty: no name.
std::string accessible_name(const wxWindow& control);

/// The controls on `page` that keyboard focus can reach and that have no accessible name, described.
std::vector<std::string> unnamed_controls(const wxWindow& page);

/// The first control on `page` that keyboard focus can reach (tab order), or nullptr.
wxWindow* first_focusable(const wxWindow& page);

/// Whether `focus` is `control` or inside it (wxGTK's list has its focus on an inner window).
bool focus_is_on(const wxWindow* focus, const wxWindow* control);

/// "wxButton 'restart_server'": a window, for failure messages.
std::string describe_window(const wxWindow* w);

}  // namespace sg::gui::test
