#pragma once
// What only the running Windows can tell the scan (Windows only): whether the
// Server service runs, from the Service Control Manager, and whether the SMBv1
// server is installed, from WMI (Win32_OptionalFeature). Each answer is
// "unknown" (nullopt) when Windows will not say: the scan then judges from the
// registry alone, as it does for a snapshot.
#include <optional>
#include <string>

#include "wizard/detection.h"

namespace sg::win {

/// Both probes, for scan(reg, facts) on this computer's registry.
live_facts probe_live_facts();

/// Whether the service runs: true running (or starting, stopping, paused),
/// false stopped or not installed; nullopt when the SCM cannot be asked.
/// `evidence` says what answered.
std::optional<bool> try_service_running(const std::wstring& service, std::string& evidence);

/// An optional feature's state by its DISM name ("SMB1Protocol-Server"); nullopt
/// when WMI cannot be asked or this Windows has no such feature (before Windows
/// 8.1 SMBv1 is not an optional feature). `evidence` says what answered.
std::optional<feature_state> try_optional_feature(const std::wstring& name, std::string& evidence);

}  // namespace sg::win
