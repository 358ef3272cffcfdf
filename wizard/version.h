#pragma once
#include <string_view>

namespace sg {
/// The ShareGuard version, from the CMake project version.
inline constexpr std::string_view version = SHAREGUARD_VERSION;
}  // namespace sg
