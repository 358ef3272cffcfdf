#pragma once
// The application icon, drawn from the SVG compiled into the program, so it is
// sharp at every DPI and needs no file next to the executable.
#include <wx/bmpbndl.h>
#include <wx/iconbndl.h>

namespace sg::gui {

/// The icon at any size (default size `size` DIPs).
wxBitmapBundle app_icon_bundle(int size);
/// The window icons (16 to 256 px).
wxIconBundle app_icons();

}  // namespace sg::gui
