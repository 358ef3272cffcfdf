#pragma once
// The machine's backup key: 32 random bytes in ShareGuard's data folder, which
// only administrators and SYSTEM can read. Every backup carries an HMAC-SHA256
// under it, so restore can tell a backup ShareGuard wrote on this machine from
// a file someone else wrote or edited (anyone can recompute a plain SHA-256).
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace sg {

inline constexpr std::size_t backup_key_size = 32;

/// Where the key lives by default: the folder above the default backup folder
/// (%ProgramData%\ShareGuard on Windows, $XDG_STATE_HOME/shareguard on POSIX).
std::filesystem::path default_backup_key_file();

/// The key in the file, or nullopt when the file does not exist (no backup was
/// ever written with it). Throws file_error when it cannot be read or is not a key.
std::optional<std::string> read_backup_key(const std::filesystem::path& file);

/// The key, created on first use: random bytes from the OS, written durably and
/// create-exclusive into a private folder, so an existing key is never replaced
/// and of two runs racing to create it both end up with the one that won.
/// Throws file_error.
std::string load_or_create_backup_key(const std::filesystem::path& file);

}  // namespace sg
