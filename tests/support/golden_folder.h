#pragma once
// An exporter's files compared with a committed golden folder, file for file
// and byte for byte, with no extra file on either side. SG_UPDATE_GOLDEN=1
// rewrites the folder from the files instead (then read the diff).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "support/test_paths.h"
#include "wizard/fleet/exported_file.h"

namespace sg::test {

inline std::string file_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// tests/golden/fleet/<format>/<name>/ must hold exactly `files`.
inline void check_golden_folder(const std::string& format, const std::string& name,
                                const std::vector<fleet::exported_file>& files) {
    const auto dir = golden_dir() / "fleet" / format / name;
    if (std::getenv("SG_UPDATE_GOLDEN")) {
        std::filesystem::remove_all(dir);
        for (const fleet::exported_file& f : files) {
            const auto path = dir / f.path;
            std::filesystem::create_directories(path.parent_path());
            std::ofstream(path, std::ios::binary) << f.bytes;
        }
        MESSAGE("updated " << dir.string());
    }
    std::set<std::string> golden;
    if (std::filesystem::exists(dir))
        for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
            if (e.is_regular_file()) golden.insert(std::filesystem::relative(e.path(), dir).generic_string());
    std::set<std::string> exported;
    for (const fleet::exported_file& f : files) {
        exported.insert(f.path);
        CHECK_MESSAGE(f.bytes == file_bytes(dir / f.path),
                      f.path << " differs from " << dir.string() << " (run with SG_UPDATE_GOLDEN=1 to accept)");
    }
    CHECK(exported == golden);
}

}  // namespace sg::test
