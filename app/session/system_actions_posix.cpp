// Off Windows ShareGuard works on snapshots only: no elevation to ask for,
// no Server service to restart.
#include "app/session/system_actions.h"

namespace sg::session {

bool restart_elevated() { return false; }

bool can_restart_server_service() { return false; }

service_restart_result restart_server_service() {
    return {false, {}, "the Server service can only be restarted on Windows"};
}

std::vector<std::string> server_service_dependents() { return {}; }

}  // namespace sg::session
