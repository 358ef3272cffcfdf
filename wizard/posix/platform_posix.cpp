// POSIX side of wizard/platform.h. On Linux ShareGuard only works on offline
// snapshots, so there is no elevation to ask for.
#include <cstdlib>
#include <ctime>
#include <vector>

#include <pwd.h>
#include <unistd.h>

#include <fmt/format.h>

#include "wizard/platform.h"

namespace sg {

std::filesystem::path default_backup_folder() {
    if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state)
        return std::filesystem::path(state) / "shareguard" / "backups";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local" / "state" / "shareguard" / "backups";
    return std::filesystem::temp_directory_path() / "shareguard" / "backups";
}

bool process_is_elevated() { return true; }

std::string current_account_name() {
    const uid_t uid = ::geteuid();
    // getpwuid_r: the journal may be written from a worker thread.
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd* found = nullptr;
    if (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name)
        return found->pw_name;
    return fmt::format("uid {}", uid);
}

std::string utc_timestamp_now() {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                       tm.tm_hour, tm.tm_min, tm.tm_sec);
}

// The loader searches no working folder for libraries here: nothing to harden.
bool harden_dll_search() { return true; }

}  // namespace sg
