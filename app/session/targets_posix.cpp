// Off Windows ShareGuard works on snapshots only.
#include <stdexcept>

#include "app/session/targets.h"

namespace sg::session {

bool live_target_available() { return false; }

std::unique_ptr<registry> open_live_registry() {
    throw std::logic_error("open_live_registry: there is no live registry on this system");
}

live_facts probe_live_facts() { return {}; }

}  // namespace sg::session
