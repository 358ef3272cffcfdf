#pragma once
// What the command line asked for (parsed by wxCmdLineParser in gui_app.cpp).
#include <filesystem>
#include <optional>
#include <string>

namespace sg::gui {

struct startup_options {
    std::optional<std::filesystem::path> snapshot;  ///< --snapshot FILE
    bool demo = false;             ///< no target given on Linux: the demo snapshot (a working copy)
    std::optional<std::string> profile;              ///< --profile NAME|FILE: straight to the preview
    std::optional<std::filesystem::path> backup_dir; ///< --backup-dir DIR
    std::optional<std::filesystem::path> restore;    ///< --restore FILE: open on the restore path
};

}  // namespace sg::gui
