#pragma once
#include <filesystem>

namespace sg::test {

inline std::filesystem::path tests_dir() { return SG_TESTS_DIR; }
inline std::filesystem::path resources_dir() { return SG_RESOURCES_DIR; }
inline std::filesystem::path snapshots_dir() { return resources_dir() / "snapshots"; }
inline std::filesystem::path golden_dir() { return tests_dir() / "golden"; }

}  // namespace sg::test
