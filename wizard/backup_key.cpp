#include "wizard/backup_key.h"

#include <fmt/format.h>

#include <system_error>

#include "wizard/backup.h"
#include "wizard/errors.h"
#include "wizard/platform.h"

namespace sg {

std::filesystem::path default_backup_key_file() {
    return default_backup_folder().parent_path() / "backup-hmac.key";
}

std::optional<std::string> read_backup_key(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        if (ec) throw file_error(path_text(file), "cannot check for the backup key: " + ec.message());
        return std::nullopt;
    }
    std::string key = read_file(file);
    // Never repaired or replaced: a key that changes would disown every backup made with it.
    if (key.size() != backup_key_size)
        throw file_error(path_text(file),
                         fmt::format("not a ShareGuard backup key ({} bytes, expected {})", key.size(), backup_key_size));
    return key;
}

std::string load_or_create_backup_key(const std::filesystem::path& file) {
    if (auto key = read_backup_key(file)) return *key;
    // The folder holds the key, so it gets the backup folder's access list
    // (Administrators and SYSTEM; mode 0700 on POSIX); the file inherits it (0600 on POSIX).
    create_private_folder(file.parent_path());
    try_write_new_file_durably(file, random_bytes(backup_key_size));  // false: another run was first
    if (auto key = read_backup_key(file)) return *key;
    throw file_error(path_text(file), "the backup key vanished right after it was written");
}

}  // namespace sg
