#include "app/cli/live_target.h"
#include "wizard/win/live_registry.h"

namespace sg::cli {

std::unique_ptr<registry> open_live_registry() { return make_live_registry(); }

}  // namespace sg::cli
