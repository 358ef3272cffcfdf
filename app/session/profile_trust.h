#pragma once
// Is a profile file safe to apply as administrator? A profile decides what an
// elevated process writes to HKLM, so it must come from a place only
// administrators can change. Windows checks the DACLs of the file and its
// folder (profile_trust_win.cpp); POSIX checks modes and owners.
#include <filesystem>
#include <string>
#include <vector>

namespace sg::session {

struct trust_problem {
    enum class kind {
        writable_by_others,   ///< `who` may write the file or its folder
        untrusted_owner,      ///< owned by `who`, neither an administrator nor the current user
        unknown,              ///< the security information could not be read (`who` = the reason)
    };
    kind what = kind::unknown;
    std::filesystem::path path;   ///< the file or the folder
    std::string who;              ///< account, group or "group"/"others"
};

/// Empty when only administrators (or the owner running the tool) can change the file.
std::vector<trust_problem> profile_trust_problems(const std::filesystem::path& file);

/// The platform check of one path (profile_trust_win.cpp / profile_trust_posix.cpp).
void check_path_trust(const std::filesystem::path& path, bool is_folder, std::vector<trust_problem>& problems);

}  // namespace sg::session
