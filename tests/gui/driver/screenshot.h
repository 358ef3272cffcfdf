#pragma once
// Saves what a window looks like on screen as a PNG (test evidence).
#include <wx/string.h>
#include <wx/window.h>

namespace sg::gui {

/// Captures the window's screen area to `file` (PNG). Returns false on failure.
/// wxMSW copies the screen with wxScreenDC; under X11 (GTK3, where wxScreenDC
/// cannot read the screen) ImageMagick's `import` reads the root window.
bool save_screenshot(wxWindow* window, const wxString& file);

}  // namespace sg::gui
