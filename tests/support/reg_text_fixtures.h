#pragma once
// .reg file bytes written the way regedit writes them, from readable LF text in a test.
#include <string>
#include <string_view>

#include "wizard/reg_text.h"

namespace sg::test {

inline std::string crlf(std::string_view lf_text) {
    std::string out;
    for (char c : lf_text) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

/// A v5 file as regedit writes it: BOM, UTF-16LE, CRLF.
inline std::string unicode_file(std::string_view lf_text) {
    return "\xFF\xFE" + utf8_to_utf16le_text(crlf(lf_text));
}

}  // namespace sg::test
