#include "app/session/targets.h"
#include "wizard/win/live_facts.h"
#include "wizard/win/live_registry.h"

namespace sg::session {

bool live_target_available() { return true; }

std::unique_ptr<registry> open_live_registry() { return make_live_registry(); }

live_facts probe_live_facts() { return win::probe_live_facts(); }

}  // namespace sg::session
