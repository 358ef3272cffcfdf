#pragma once
// The live registry of this computer: Windows only (live_target_win.cpp); on
// other systems (live_target_posix.cpp) opening it is a usage error.
#include <memory>

#include "wizard/registry.h"

namespace sg::cli {

std::unique_ptr<registry> open_live_registry();

}  // namespace sg::cli
