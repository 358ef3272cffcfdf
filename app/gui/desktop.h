#pragma once
// What the wizard asks of the desktop it runs on: file dialogs and whether
// this process is elevated. ShareGuard passes the real ones; the GUI tests'
// own program (tests/gui/driver) answers the dialogs itself and can act
// unelevated. Nothing in the shipped program can switch them.
#include <functional>
#include <optional>

#include <wx/string.h>

#include "app/gui/file_prompts.h"

class wxWindow;

namespace sg::gui {

struct desktop {
    std::function<std::optional<wxString>(wxWindow* parent, const file_prompt& prompt)> ask_path;
    std::function<bool()> is_elevated;

    /// The native dialogs and the process token.
    static desktop real();
};

}  // namespace sg::gui
