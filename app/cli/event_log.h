#pragma once
// The Windows Event Log, as a second audit trail beside the journal: every
// apply and restore on the live registry is reported under ShareGuard's own
// event source (messages in resources/windows/shareguard-events.mc).
#include <string>

#include "app/cli/cli.h"

namespace sg::cli {

/// Reports the run; returns "" or why it could not. The POSIX build records nothing.
std::string report_to_event_log(const run_event& event);

}  // namespace sg::cli
