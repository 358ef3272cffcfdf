#pragma once
// Operating-system services the engine needs. Each has a POSIX and a Windows
// implementation (wizard/posix, wizard/win); CMake picks one.
#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace sg {

/// SHA-256 of the bytes, lowercase hex (OpenSSL's libcrypto on POSIX, CNG/BCrypt on Windows).
std::string sha256_hex(std::string_view bytes);
/// HMAC-SHA256 of the bytes under the key, lowercase hex (libcrypto's EVP_MAC / CNG with the HMAC flag).
std::string hmac_sha256_hex(std::string_view key, std::string_view bytes);
/// `count` bytes from the operating system's cryptographic generator (RAND_bytes / BCryptGenRandom).
std::string random_bytes(std::size_t count);

/// Writes the file so it survives a crash: temp file, flush to disk, rename, flush the folder.
/// Throws file_error.
void write_file_durably(const std::filesystem::path& file, std::string_view bytes);
/// The same, but never replaces: returns false, having written nothing, when a
/// file of that name exists (also when another writer creates it meanwhile).
/// Throws file_error.
bool try_write_new_file_durably(const std::filesystem::path& file, std::string_view bytes);
/// Appends a line and flushes it to disk. Throws file_error.
void append_line_durably(const std::filesystem::path& file, std::string_view line);
/// Reads a whole file. Throws file_error naming the file.
std::string read_file(const std::filesystem::path& file);

/// Creates the folder (and parents) restricted to administrators: on Windows an
/// ACL of Administrators + SYSTEM only; on POSIX mode 0700. Throws file_error.
void create_private_folder(const std::filesystem::path& folder);
/// The default folder for backups and the journal
/// (%ProgramData%\ShareGuard\backups; $XDG_STATE_HOME/shareguard/backups on POSIX).
std::filesystem::path default_backup_folder();

/// True when the process may write HKLM (Windows: elevated admin token; POSIX: always,
/// as only snapshots are written there).
bool process_is_elevated();

/// "2026-11-25T22:58:25Z"
std::string utc_timestamp_now();

/// The account this process runs as, for the journal: "DOMAIN\\name" on Windows
/// (the SID's text when it cannot be looked up), the user name on POSIX ("uid N"
/// when it has none).
std::string current_account_name();

/// Call first thing in main: on Windows, DLLs are then loaded from System32
/// only, never from the working or program folder (the program runs elevated).
/// Returns false when the system lacks SetDefaultDllDirectories (Windows 7
/// without KB2533623; the current directory is still removed from the search).
/// Nothing to do on POSIX (returns true).
bool harden_dll_search();

}  // namespace sg
