#include "app/session/profile_trust.h"

#include "app/session/paths.h"

namespace sg::session {

std::vector<trust_problem> profile_trust_problems(const std::filesystem::path& file) {
    std::vector<trust_problem> problems;
    const auto absolute = absolute_or_as_given(file);
    // Whoever can write the folder can replace the file, so both are checked.
    check_path_trust(absolute, false, problems);
    check_path_trust(absolute.parent_path(), true, problems);
    return problems;
}

}  // namespace sg::session
