#pragma once
// The Windows Event Log, as a second audit trail beside the journal: every
// apply, restore and undo on the live registry is reported under ShareGuard's
// own event source (messages in resources/windows/shareguard-events.mc, built
// into both programs), whichever front end ran it.
#include <string>

#include "wizard/apply.h"

namespace sg::session {

/// One apply or restore on the live registry, for the Windows Event Log.
struct run_event {
    std::string action;       ///< "apply" or "restore"
    std::string subject;      ///< the profile name (apply) or the backup file (restore)
    std::string target;       ///< registry description
    const run_report* report = nullptr;
};

/// Reports the run; returns "" or why it could not. The POSIX build records nothing.
std::string report_to_event_log(const run_event& event);

}  // namespace sg::session
