#pragma once
// Backup files: a .reg file (regedit 5 format, UTF-16LE) that, imported by
// regedit, restores the exact previous state of the values a plan touches
// (`"x"=-` for values that were absent). Its header comments carry machine,
// time, profile and a SHA-256 of everything after the hash line.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "wizard/reg_value.h"

namespace sg {

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

struct backup_file {
    backup_header header;
    std::vector<backup_entry> entries;
    bool hash_ok = false;        ///< the stored SHA-256 matches the body
    std::string stored_hash;
    std::string computed_hash;
};

/// The file's bytes.
std::string render_backup(const backup_header& header, const std::vector<backup_entry>& entries);
/// Parses a backup; throws input_error (malformed) — a hash mismatch is reported in hash_ok.
backup_file parse_backup(std::string_view bytes, const std::string& file_name);
backup_file read_backup_file(const std::filesystem::path& file);

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
