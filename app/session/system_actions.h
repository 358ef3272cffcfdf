#pragma once
// What a front end asks of the operating system beyond the registry (the live
// registry is targets.h): restarting elevated, restarting the Server service.
// Windows has real implementations (system_actions_win.cpp, on the Win32 work
// in windows_launch_win.cpp and windows_services_win.cpp); elsewhere they say "not here".
#include <string>
#include <vector>

namespace sg::session {

/// Starts this program again elevated ("runas") with the same arguments.
/// Returns false when the user declined the UAC prompt; throws on other errors.
bool restart_elevated();

/// True where the Server service (LanmanServer) can be restarted from here.
bool can_restart_server_service();

struct service_restart_result {
    bool ok = false;
    std::vector<std::string> restarted;   ///< services stopped and started again, dependents first
    std::string error;                    ///< what failed, when !ok
};

/// Stops the Server service and the services that depend on it, then starts
/// them again (open SMB sessions drop).
service_restart_result restart_server_service();
/// The running services that stop with the Server service (shown before asking).
std::vector<std::string> server_service_dependents();

}  // namespace sg::session
