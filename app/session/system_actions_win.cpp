// Windows side of system_actions.h: "runas" elevation and
// restarting the Server service (LanmanServer) with the services that depend on it.
// The Win32 work is in windows_launch_win.cpp and windows_services_win.cpp
// (no wx there, so the Wine tests exercise it directly).
#include "app/session/system_actions.h"
#include "app/session/windows_launch_win.h"
#include "app/session/windows_services_win.h"
#include "wizard/platform.h"
#include "wizard/win/win_text.h"

namespace sg::session {

bool restart_elevated() { return launch_elevated(own_program_path(), own_arguments()); }

bool can_restart_server_service() { return process_is_elevated(); }

std::vector<std::string> server_service_dependents() {
    std::vector<std::string> out;
    for (const auto& name : running_dependents(L"LanmanServer")) out.push_back(win::narrow(name));
    return out;
}

service_restart_result restart_server_service() { return restart_service_with_dependents(L"LanmanServer"); }

}  // namespace sg::session
