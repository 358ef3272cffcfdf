// sg_reg_roundtrip FILE.reg...: reads each .reg file with the engine's reader
// and renders it back; exits 0 when every file comes back byte for byte.
// Cross-built and run under Wine on exports written by Wine's regedit /E
// (tests/wine/e2e_regedit_roundtrip.cmake).
#include <fmt/format.h>

#include <cstdio>
#include <exception>
#include <string>

#include "wizard/platform.h"
#include "wizard/reg_file.h"
#include "wizard/reg_value.h"

namespace {

// 1-based line of a byte offset in UTF-16LE text (or 8-bit text).
std::size_t line_of(const std::string& bytes, std::size_t offset, bool utf16) {
    std::size_t line = 1;
    const std::size_t step = utf16 ? 2 : 1;
    for (std::size_t i = utf16 ? 2 : 0; i + step <= offset; i += step)
        if (bytes[i] == '\n' && (!utf16 || bytes[i + 1] == '\0')) ++line;
    return line;
}

bool round_trips(const std::string& file) {
    const std::string bytes = sg::read_file(sg::utf8_to_utf16(file));
    const sg::reg_document doc = sg::parse_reg(bytes, file);
    const std::string rendered = sg::render_reg(doc);
    std::size_t keys = doc.keys.size();
    std::size_t values = 0;
    for (const auto& k : doc.keys) values += k.values.size();
    if (rendered == bytes) {
        fmt::print("{}: {} bytes, {} keys, {} values: identical\n", file, bytes.size(), keys, values);
        return true;
    }
    std::size_t at = 0;
    while (at < bytes.size() && at < rendered.size() && bytes[at] == rendered[at]) ++at;
    const bool utf16 = doc.encoding == sg::text_encoding::utf16le_bom;
    fmt::print(stderr, "{}: rendered {} bytes for {}; first difference at byte {} (line {})\n", file,
               rendered.size(), bytes.size(), at, line_of(bytes, at, utf16));
    return false;
}

}  // namespace

int wmain(int argc, wchar_t** argv) {
    sg::harden_dll_search();
    if (argc < 2) {
        fmt::print(stderr, "usage: sg_reg_roundtrip FILE.reg...\n");
        return 2;
    }
    bool ok = true;
    for (int i = 1; i < argc; ++i) {
        const std::string file = sg::utf16_to_utf8(reinterpret_cast<const char16_t*>(argv[i]));
        try {
            ok = round_trips(file) && ok;
        } catch (const std::exception& e) {
            fmt::print(stderr, "{}\n", e.what());
            ok = false;
        }
    }
    return ok ? 0 : 1;
}
