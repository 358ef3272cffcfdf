#pragma once
// Paths as the front ends report and check them.
#include <filesystem>
#include <system_error>

namespace sg::session {

/// The path made absolute (what scripts can use from anywhere, what a trust
/// check walks up from); as given when that fails.
inline std::filesystem::path absolute_or_as_given(const std::filesystem::path& p) {
    std::error_code ec;
    auto full = std::filesystem::absolute(p, ec);
    return ec ? p : full;
}

}  // namespace sg::session
