#include "app/cli/cli.h"
#include "app/cli/live_target.h"
#include "app/cli/messages.h"

namespace sg::cli {

std::unique_ptr<registry> open_live_registry() { throw usage_error(msg::live_registry_only_on_windows()); }

}  // namespace sg::cli
