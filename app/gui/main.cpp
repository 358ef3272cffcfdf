// ShareGuard.exe / shareguard: the wizard, and nothing else (no test driver:
// the GUI tests build their own program from the same pages, tests/gui/driver).
#include "app/gui/wizard_app.h"

namespace sg::gui {

class shareguard_app : public wizard_app {};

}  // namespace sg::gui

wxIMPLEMENT_APP(sg::gui::shareguard_app);
