// Off Windows ShareGuard works on snapshots only: no live registry, no
// elevation to ask for, no Server service to restart.
#include <stdexcept>

#include "app/gui/system_actions.h"

namespace sg::gui {

bool live_target_available() { return false; }

std::unique_ptr<registry> open_live_registry() {
    throw std::runtime_error("the live registry exists only on Windows; choose a snapshot file");
}

bool restart_elevated() { return false; }

bool can_restart_server_service() { return false; }

service_restart_result restart_server_service() {
    return {false, {}, "the Server service can only be restarted on Windows"};
}

std::vector<std::string> server_service_dependents() { return {}; }

}  // namespace sg::gui
