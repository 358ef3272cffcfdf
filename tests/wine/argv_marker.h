#pragma once
// The file through which the child of the "runas" test reports what it got
// (tests/wine/win_actions_main.cpp writes it, test_run_elevated.cpp reads
// it): "elevated" or "not elevated", then each argument, every field in UTF-8
// followed by a NUL, so any argument text comes back exactly.
#include <string>
#include <vector>

#include "wizard/win/win_text.h"

namespace sg::test {

/// The first argument that turns the test program into the child.
inline const std::wstring child_flag = L"--child";

struct child_report {
    bool elevated = false;
    std::vector<std::string> args;
};

inline std::string encode_child_report(bool elevated, const std::vector<std::wstring>& args) {
    std::string out = elevated ? "elevated" : "not elevated";
    out += '\0';
    for (const auto& arg : args) {
        out += win::narrow(arg);
        out += '\0';
    }
    return out;
}

inline child_report decode_child_report(const std::string& bytes) {
    std::vector<std::string> fields;
    std::size_t from = 0;
    for (std::size_t nul = bytes.find('\0'); nul != std::string::npos; nul = bytes.find('\0', from)) {
        fields.push_back(bytes.substr(from, nul - from));
        from = nul + 1;
    }
    if (fields.empty()) return {};
    return {fields.front() == "elevated", {fields.begin() + 1, fields.end()}};
}

}  // namespace sg::test
