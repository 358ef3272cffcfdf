#pragma once
// A text compared with a committed file in tests/golden; SG_UPDATE_GOLDEN=1 rewrites it.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "support/test_paths.h"

namespace sg::test {

inline void check_golden(const std::string& name, const std::string& actual) {
    const auto path = golden_dir() / name;
    if (std::getenv("SG_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        MESSAGE("updated " << path.string());
    }
    std::ifstream in(path, std::ios::binary);
    const std::string expected((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK_MESSAGE(actual == expected,
                  "differs from " << path.string() << " (run with SG_UPDATE_GOLDEN=1 to accept)");
}

}  // namespace sg::test
