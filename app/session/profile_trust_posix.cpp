// POSIX: the file and its folder must not be writable by group or others
// (a sticky folder such as /tmp is fine: others cannot replace our file there),
// and must belong to root or to the user running the tool.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "app/session/profile_trust.h"

namespace sg::session {

void check_path_trust(const std::filesystem::path& path, bool is_folder, std::vector<trust_problem>& problems) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        problems.push_back({trust_problem::kind::unknown, path, std::strerror(errno)});
        return;
    }
    bool sticky = is_folder && (st.st_mode & S_ISVTX) != 0;
    if ((st.st_mode & S_IWOTH) != 0 && !sticky)
        problems.push_back({trust_problem::kind::writable_by_others, path, "others"});
    if ((st.st_mode & S_IWGRP) != 0 && !sticky)
        problems.push_back({trust_problem::kind::writable_by_others, path, "group"});
    if (st.st_uid != 0 && st.st_uid != ::geteuid() && !sticky)
        problems.push_back({trust_problem::kind::untrusted_owner, path, "uid " + std::to_string(st.st_uid)});
}


}  // namespace sg::session
