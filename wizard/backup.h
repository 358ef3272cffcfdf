#pragma once
// Backup files: a .reg file (regedit 5 format, UTF-16LE) that, imported by
// regedit, restores the exact previous state of the values a plan touches
// (`"x"=-` for values that were absent). Its header comments carry machine,
// time, profile, a SHA-256 and an HMAC-SHA256 (under the machine's backup key,
// backup_key.h) of everything after the HMAC line.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "wizard/reg_value.h"

namespace sg {

/// The largest file read as a backup: 16 MiB. ShareGuard's own are a few KiB;
/// a bigger file is refused before it is read, so a crafted one cannot fill memory.
inline constexpr std::uintmax_t max_backup_bytes = std::uintmax_t{16} << 20;

struct backup_entry {
    std::string key;
    std::string value_name;
    std::optional<reg_value> previous;  ///< nullopt: the value was absent
};

struct backup_header {
    std::string machine;
    std::string target;     ///< registry description
    std::string time_utc;   ///< ISO 8601, "2026-11-25T22:58:25Z"
    std::string profile;
    std::string tool_version;
};

/// Why a backup cannot be trusted as one ShareGuard wrote on this machine.
/// Restore refuses all but `none` unless forced; forcing never lifts the rule
/// that a backup holds only values ShareGuard manages (parse_backup enforces it).
enum class backup_doubt {
    none,          ///< the SHA-256 matches and the HMAC verifies under this machine's key
    damaged,       ///< the SHA-256 does not match: edited or damaged
    not_sealed,    ///< no HMAC line: written by an older ShareGuard, or the line was removed
    foreign_seal,  ///< the HMAC does not verify: another machine's key, or edited and re-hashed
    no_key,        ///< this machine has no backup key (never made one, or it was deleted)
};

struct backup_file {
    backup_header header;
    std::vector<backup_entry> entries;
    bool hash_ok = false;        ///< the stored SHA-256 matches the body
    std::string stored_hash;
    std::string computed_hash;
    std::string stored_hmac;     ///< "" when the file has no HMAC line
    backup_doubt doubt = backup_doubt::not_sealed;
};

/// The file's bytes, sealed with an HMAC under `key` (backup_key.h).
std::string render_backup(const backup_header& header, const std::vector<backup_entry>& entries,
                          std::string_view key);
/// Parses a backup and checks its seal under `key` (nullopt: this machine has
/// none). Throws input_error, with file, line and column, for a malformed file
/// and for anything ShareGuard does not manage (a foreign key or value, a key
/// deletion); a hash or seal that does not verify is reported in `doubt`.
backup_file parse_backup(std::string_view bytes, const std::string& file_name, const std::optional<std::string>& key);
/// Reads and parses a backup (at most max_backup_bytes, checked before reading),
/// with the key read from `key_file` (read_backup_key: never created here).
backup_file read_backup_file(const std::filesystem::path& file, const std::filesystem::path& key_file);

/// The path as UTF-8 text (for messages, backup headers and the journal); unlike
/// path::string() it loses nothing on Windows, where that converts to the ANSI code page.
std::string path_text(const std::filesystem::path& p);

/// Writes the backup's bytes durably to a new file in the folder,
/// "shareguard-backup-20261125T225825Z-<machine>.reg" (then "-2", "-3"... when
/// taken): never over an existing file, even when two runs race for the name.
/// Returns the file. Throws file_error.
std::filesystem::path write_new_backup(const std::filesystem::path& folder, const backup_header& header,
                                       std::string_view bytes);

}  // namespace sg
