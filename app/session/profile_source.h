#pragma once
// Which profile the administrator named, for both front ends: one order for a
// built-in name versus a file, and the trust check of a file (a profile decides
// what the elevated program writes to HKLM). The front ends word the problems.
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/session/profile_trust.h"
#include "wizard/profile.h"

namespace sg::session {

struct resolved_profile {
    profile chosen;
    std::optional<std::filesystem::path> file;  ///< the file it was read from; nullopt: built in
    std::vector<trust_problem> trust;           ///< who else may change that file (empty: only administrators)
};

/// Neither a built-in name nor an existing file.
class unknown_profile_error : public std::runtime_error {
public:
    explicit unknown_profile_error(std::string name);
    const std::string& name() const { return name_; }

private:
    std::string name_;
};

/// Text with a slash, a backslash or ending in ".json" is a file; any other
/// text is a built-in name, else a file of that name in the current folder.
/// Throws unknown_profile_error, or input_error / file_error for a bad file.
resolved_profile resolve_profile(const std::string& name_or_file);

/// A built-in profile by name (the wizard's list). Throws unknown_profile_error.
resolved_profile builtin_profile(const std::string& name);

/// A file the administrator chose as a file (the wizard's Browse…): read, and
/// checked for who may change it. Throws input_error / file_error.
resolved_profile read_profile_from_file(const std::filesystem::path& file);

}  // namespace sg::session
