#pragma once
// What ShareGuard works on, opened one way for both front ends: an offline
// snapshot (.reg export), or this computer's registry with what only the
// running Windows can tell a scan (the Server service, the SMBv1 server).
// Windows has the live target (targets_win.cpp); elsewhere there is none
// (targets_posix.cpp) and each front end says so in its own words.
#include <filesystem>
#include <memory>

#include "wizard/detection.h"
#include "wizard/registry.h"

namespace sg::session {

/// A snapshot file as a registry (throws file_error / input_error with file:line:column).
std::unique_ptr<registry> open_snapshot(const std::filesystem::path& file);

/// True where this computer's registry can be opened (Windows).
bool live_target_available();

/// This computer's registry (throws registry_error; std::logic_error where
/// live_target_available() is false: callers ask first).
std::unique_ptr<registry> open_live_registry();

/// The Service Control Manager's and WMI's answers; each unknown when Windows
/// will not say (always unknown off Windows).
live_facts probe_live_facts();

}  // namespace sg::session
