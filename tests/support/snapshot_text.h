#pragma once
// Builds an in-memory snapshot from .reg text written in a test (UTF-8, LF),
// so each test states exactly the registry it needs.
#include <memory>
#include <string>

#include "wizard/reg_file.h"
#include "wizard/snapshot_registry.h"

namespace sg::test {

inline std::unique_ptr<snapshot_registry> snapshot_from_text(const std::string& body,
                                                             const std::string& label = "test.reg") {
    std::string text = "Windows Registry Editor Version 5.00\n\n" + body;
    return std::make_unique<snapshot_registry>(parse_reg(text, label), label);
}

inline constexpr const char* lanman_params_key =
    "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters";
inline constexpr const char* lsa_key = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa";

}  // namespace sg::test
