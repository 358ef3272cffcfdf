#include "app/session/profile_source.h"

#include <system_error>

#include "wizard/recommendation.h"
#include "wizard/reg_path.h"

namespace sg::session {

namespace {

bool looks_like_a_file(const std::string& text) {
    return text.find('/') != std::string::npos || text.find('\\') != std::string::npos ||
           (text.size() > 5 && names_equal(std::string_view(text).substr(text.size() - 5), ".json"));
}

}  // namespace

unknown_profile_error::unknown_profile_error(std::string name)
    : std::runtime_error("unknown profile: " + name), name_(std::move(name)) {}

resolved_profile resolve_profile(const std::string& name_or_file) {
    if (!looks_like_a_file(name_or_file)) {
        // A built-in name wins over a file of the same name in the working folder:
        // the folder the program was started in must not change what it writes.
        if (auto builtin = try_builtin_profile(name_or_file)) return {std::move(*builtin), std::nullopt, {}};
        std::error_code ec;
        if (!std::filesystem::is_regular_file(name_or_file, ec)) throw unknown_profile_error(name_or_file);
    }
    return read_profile_from_file(name_or_file);
}

resolved_profile builtin_profile(const std::string& name) {
    auto builtin = try_builtin_profile(name);
    if (!builtin) throw unknown_profile_error(name);
    return {std::move(*builtin), std::nullopt, {}};
}

resolved_profile read_profile_from_file(const std::filesystem::path& file) {
    resolved_profile r{read_profile_file(file), file, {}};
    r.trust = profile_trust_problems(file);
    return r;
}

}  // namespace sg::session
