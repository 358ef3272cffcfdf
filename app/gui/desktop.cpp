#include "app/gui/desktop.h"

#include "wizard/platform.h"

namespace sg::gui {

desktop desktop::real() { return desktop{show_file_dialog, process_is_elevated}; }

}  // namespace sg::gui
