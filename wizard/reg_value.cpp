#include "wizard/reg_value.h"

#include <fmt/format.h>

#include <array>

namespace sg {

namespace {

constexpr char32_t replacement_char = 0xFFFD;

bool is_high_surrogate(char32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
bool is_low_surrogate(char32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// Decodes one code point at `i`, advancing it. Malformed, overlong and
// surrogate encodings give U+FFFD and consume one byte, so no input can stall.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int extra = 0;
    char32_t c = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        extra = 1, c = b0 & 0x1Fu, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        extra = 2, c = b0 & 0x0Fu, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        extra = 3, c = b0 & 0x07u, min = 0x10000;
    } else {
        ++i;
        return replacement_char;
    }
    if (i + static_cast<std::size_t>(extra) >= s.size()) {
        ++i;
        return replacement_char;
    }
    for (int k = 1; k <= extra; ++k) {
        const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return replacement_char;
        }
        c = (c << 6) | (b & 0x3Fu);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        ++i;
        return replacement_char;
    }
    i += static_cast<std::size_t>(extra) + 1;
    return c;
}

template <typename Emit>
void for_each_utf8_code_point(std::string_view utf8, Emit emit) {
    std::size_t i = 0;
    while (i < utf8.size()) emit(next_code_point(utf8, i));
}

template <typename Emit>
void for_each_utf16_unit(std::string_view utf8, Emit emit) {
    for_each_utf8_code_point(utf8, [&](char32_t c) {
        if (c >= 0x10000) {
            c -= 0x10000;
            emit(static_cast<char16_t>(0xD800 + (c >> 10)));
            emit(static_cast<char16_t>(0xDC00 + (c & 0x3FF)));
        } else {
            emit(static_cast<char16_t>(c));
        }
    });
}

std::string hex_bytes(const std::vector<std::uint8_t>& data) {
    // Long binaries are cut: this is for one line of a report, not for storage.
    constexpr std::size_t max_shown = 32;
    std::string out = "hex:";
    for (std::size_t i = 0; i < data.size() && i < max_shown; ++i) out += fmt::format(" {:02x}", data[i]);
    if (data.size() > max_shown) out += fmt::format(" ... ({} bytes)", data.size());
    return out;
}

std::string quoted(std::string_view s) {
    std::string out = "\"";
    out += s;
    out += '"';
    return out;
}

}  // namespace

std::string reg_type_name(reg_type t) {
    static constexpr std::array<const char*, 12> names = {
        "REG_NONE",
        "REG_SZ",
        "REG_EXPAND_SZ",
        "REG_BINARY",
        "REG_DWORD",
        "REG_DWORD_BIG_ENDIAN",
        "REG_LINK",
        "REG_MULTI_SZ",
        "REG_RESOURCE_LIST",
        "REG_FULL_RESOURCE_DESCRIPTOR",
        "REG_RESOURCE_REQUIREMENTS_LIST",
        "REG_QWORD",
    };
    const auto n = static_cast<std::uint32_t>(t);
    if (n < names.size()) return names[n];
    return fmt::format("REG_0x{:x}", n);
}

reg_value reg_value::dword(std::uint32_t v) {
    reg_value r;
    r.type = reg_type::dword;
    for (int i = 0; i < 4; ++i) r.data.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    return r;
}

reg_value reg_value::qword(std::uint64_t v) {
    reg_value r;
    r.type = reg_type::qword;
    for (int i = 0; i < 8; ++i) r.data.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    return r;
}

reg_value reg_value::string(std::string_view utf8, reg_type t) {
    reg_value r;
    r.type = t;
    r.data = utf8_to_utf16le_bytes(utf8);
    r.data.push_back(0);
    r.data.push_back(0);
    return r;
}

reg_value reg_value::multi_string(const std::vector<std::string>& utf8_strings) {
    reg_value r;
    r.type = reg_type::multi_sz;
    for (const auto& s : utf8_strings) {
        auto bytes = utf8_to_utf16le_bytes(s);
        r.data.insert(r.data.end(), bytes.begin(), bytes.end());
        r.data.push_back(0);
        r.data.push_back(0);
    }
    r.data.push_back(0);
    r.data.push_back(0);
    return r;
}

std::optional<std::uint32_t> reg_value::try_as_dword() const {
    if (type != reg_type::dword || data.size() != 4) return std::nullopt;
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | data[static_cast<std::size_t>(i)];
    return v;
}

std::optional<std::uint64_t> reg_value::try_as_qword() const {
    if (type != reg_type::qword || data.size() != 8) return std::nullopt;
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | data[static_cast<std::size_t>(i)];
    return v;
}

std::optional<std::string> reg_value::try_as_string() const {
    if (type != reg_type::sz && type != reg_type::expand_sz) return std::nullopt;
    std::size_t units = data.size() / 2;
    while (units > 0 && data[2 * units - 2] == 0 && data[2 * units - 1] == 0) --units;
    return utf16le_bytes_to_utf8(data.data(), units * 2);
}

std::optional<std::vector<std::string>> reg_value::try_as_multi_string() const {
    if (type != reg_type::multi_sz) return std::nullopt;
    std::vector<std::string> out;
    const std::size_t units = data.size() / 2;
    std::size_t start = 0;
    for (std::size_t u = 0; u < units; ++u) {
        if (data[2 * u] == 0 && data[2 * u + 1] == 0) {
            out.push_back(utf16le_bytes_to_utf8(data.data() + 2 * start, 2 * (u - start)));
            start = u + 1;
        }
    }
    // Text after the last NUL (a list missing its terminator) still counts.
    if (start < units) out.push_back(utf16le_bytes_to_utf8(data.data() + 2 * start, 2 * (units - start)));
    while (!out.empty() && out.back().empty()) out.pop_back();
    return out;
}

std::string display_data(const reg_value& v) {
    switch (v.type) {
    case reg_type::dword:
        if (auto d = v.try_as_dword()) return fmt::format("{}", *d);
        break;
    case reg_type::qword:
        if (auto q = v.try_as_qword()) return fmt::format("{}", *q);
        break;
    case reg_type::sz:
    case reg_type::expand_sz:
        return quoted(*v.try_as_string());
    case reg_type::multi_sz: {
        std::string out = "{";
        bool first = true;
        const auto strings = v.try_as_multi_string();
        for (const auto& s : *strings) {
            if (!first) out += ", ";
            out += s;
            first = false;
        }
        return out + "}";
    }
    default:
        break;
    }
    return hex_bytes(v.data);
}

std::u16string utf8_to_utf16(std::string_view utf8) {
    std::u16string out;
    out.reserve(utf8.size());
    for_each_utf16_unit(utf8, [&](char16_t u) { out += u; });
    return out;
}

std::string utf16_to_utf8(std::u16string_view utf16) {
    std::string out;
    out.reserve(utf16.size());
    for (std::size_t i = 0; i < utf16.size(); ++i) {
        char32_t c = utf16[i];
        if (is_high_surrogate(c) && i + 1 < utf16.size() && is_low_surrogate(utf16[i + 1])) {
            c = 0x10000 + ((c - 0xD800) << 10) + (utf16[i + 1] - 0xDC00u);
            ++i;
        } else if (is_high_surrogate(c) || is_low_surrogate(c)) {
            c = replacement_char;
        }
        append_utf8(out, c);
    }
    return out;
}

std::vector<std::uint8_t> utf8_to_utf16le_bytes(std::string_view utf8) {
    std::vector<std::uint8_t> out;
    out.reserve(utf8.size() * 2);
    for_each_utf16_unit(utf8, [&](char16_t u) {
        out.push_back(static_cast<std::uint8_t>(u & 0xFF));
        out.push_back(static_cast<std::uint8_t>(u >> 8));
    });
    return out;
}

std::string utf16le_bytes_to_utf8(const std::uint8_t* data, std::size_t size) {
    std::string out;
    out.reserve(size / 2);
    const std::size_t units = size / 2;
    auto unit = [&](std::size_t i) -> char32_t { return data[2 * i] | (char32_t{data[2 * i + 1]} << 8); };
    for (std::size_t i = 0; i < units; ++i) {
        char32_t c = unit(i);
        if (c < 0x80) {
            out += static_cast<char>(c);
            continue;
        }
        if (is_high_surrogate(c) && i + 1 < units && is_low_surrogate(unit(i + 1))) {
            c = 0x10000 + ((c - 0xD800) << 10) + (unit(i + 1) - 0xDC00u);
            ++i;
        } else if (is_high_surrogate(c) || is_low_surrogate(c)) {
            c = replacement_char;
        }
        append_utf8(out, c);
    }
    return out;
}

}  // namespace sg
