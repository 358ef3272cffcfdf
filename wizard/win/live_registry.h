#pragma once
// The live Win32 registry (64-bit view), compiled only on Windows.
#include <memory>

#include "wizard/registry.h"

namespace sg {

/// HKEY_LOCAL_MACHINE etc. on this computer, always through KEY_WOW64_64KEY.
std::unique_ptr<registry> make_live_registry();

}  // namespace sg
