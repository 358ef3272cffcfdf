#pragma once
// This computer as a target, for both front ends: its registry and what only
// the running Windows can tell a scan (the Server service, the SMBv1 server).
// Windows has them (live_target_win.cpp); elsewhere there is no live registry
// (live_target_posix.cpp) and each front end says so in its own words.
#include <memory>

#include "wizard/detection.h"
#include "wizard/registry.h"

namespace sg::session {

/// True where this computer's registry can be opened (Windows).
bool live_target_available();

/// This computer's registry (throws registry_error; std::logic_error where
/// live_target_available() is false: callers ask first).
std::unique_ptr<registry> open_live_registry();

/// The Service Control Manager's and WMI's answers; each unknown when Windows
/// will not say (always unknown off Windows).
live_facts probe_live_facts();

}  // namespace sg::session
