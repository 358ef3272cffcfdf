#pragma once
// The live Win32 registry (64-bit view), compiled only on Windows.
#include <memory>
#include <string>
#include <string_view>

#include "wizard/errors.h"
#include "wizard/registry.h"

namespace sg {

/// HKEY_LOCAL_MACHINE etc. on this computer, always through KEY_WOW64_64KEY.
std::unique_ptr<registry> make_live_registry();

/// The registry_error for a failed registry call (a Win32 LSTATUS): access
/// denied and I/O failures get their own kinds; the message names the
/// operation, the key and value, and carries the system's text for the code.
registry_error registry_error_from_status(long status, std::string_view operation, std::string_view key,
                                          std::string_view value_name);

}  // namespace sg
