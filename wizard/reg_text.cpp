#include "wizard/reg_text.h"

#include <array>
#include <bit>
#include <cstring>

#include "wizard/reg_value.h"

namespace sg {

namespace {

// Windows-1252 bytes 0x80..0x9F; the others equal their Unicode code point.
constexpr std::array<char16_t, 32> cp1252_high = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

char16_t cp1252_to_unicode(std::uint8_t b) {
    return (b >= 0x80 && b < 0xA0) ? cp1252_high[b - 0x80u] : char16_t{b};
}

std::uint8_t unicode_to_cp1252(char32_t c) {
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) return static_cast<std::uint8_t>(c);
    for (std::size_t i = 0; i < cp1252_high.size(); ++i)
        if (cp1252_high[i] == c) return static_cast<std::uint8_t>(0x80 + i);
    return '?';
}

inline char* put_utf8(char* out, char32_t c) {
    if (c < 0x80) {
        *out++ = static_cast<char>(c);
    } else if (c < 0x800) {
        *out++ = static_cast<char>(0xC0 | (c >> 6));
        *out++ = static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *out++ = static_cast<char>(0xE0 | (c >> 12));
        *out++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (c & 0x3F));
    } else {
        *out++ = static_cast<char>(0xF0 | (c >> 18));
        *out++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        *out++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

}  // namespace

std::string utf16le_to_utf8_text(std::string_view bytes) {
    const auto* in = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t units = bytes.size() / 2;
    std::string out;
    out.reserve(units + units / 8 + 16);  // .reg files are mostly ASCII
    // Convert into a small buffer and append it in blocks: no per-character growth checks.
    char buf[8192];
    std::size_t n = 0;
    std::size_t i = 0;
    while (i < units) {
        if (n > sizeof(buf) - 16) {
            out.append(buf, n);
            n = 0;
        }
        if constexpr (std::endian::native == std::endian::little) {
            // Four ASCII characters at a time.
            if (i + 4 <= units) {
                std::uint64_t w;
                std::memcpy(&w, in + 2 * i, 8);
                if ((w & 0xFF80FF80FF80FF80ull) == 0) {
                    buf[n] = static_cast<char>(w);
                    buf[n + 1] = static_cast<char>(w >> 16);
                    buf[n + 2] = static_cast<char>(w >> 32);
                    buf[n + 3] = static_cast<char>(w >> 48);
                    n += 4;
                    i += 4;
                    continue;
                }
            }
        }
        char32_t c = in[2 * i] | (char32_t{in[2 * i + 1]} << 8);
        ++i;
        if (c >= 0xD800 && c <= 0xDFFF) {
            char32_t low = 0;
            if (c <= 0xDBFF && i < units) low = in[2 * i] | (char32_t{in[2 * i + 1]} << 8);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                ++i;
            } else {
                c = 0xFFFD;
            }
        }
        n = static_cast<std::size_t>(put_utf8(buf + n, c) - buf);
    }
    out.append(buf, n);
    return out;
}

void append_utf16le(std::vector<std::uint8_t>& out, std::string_view utf8) {
    std::size_t i = 0;
    while (i < utf8.size()) {
        std::size_t run = i;
        while (run < utf8.size() && static_cast<unsigned char>(utf8[run]) < 0x80) ++run;
        if (run > i) {
            const std::size_t at = out.size();
            out.resize(at + 2 * (run - i));
            for (std::size_t k = i; k < run; ++k) {
                out[at + 2 * (k - i)] = static_cast<std::uint8_t>(utf8[k]);
                out[at + 2 * (k - i) + 1] = 0;
            }
            i = run;
        }
        if (i == utf8.size()) break;
        std::size_t end = i;
        while (end < utf8.size() && static_cast<unsigned char>(utf8[end]) >= 0x80) ++end;
        const auto wide = utf8_to_utf16le_bytes(utf8.substr(i, end - i));
        out.insert(out.end(), wide.begin(), wide.end());
        i = end;
    }
}

std::string utf8_to_utf16le_text(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size() * 2);
    char buf[8192];
    std::size_t n = 0;
    std::size_t i = 0;
    while (i < utf8.size()) {
        if (n > sizeof(buf) - 8) {
            out.append(buf, n);
            n = 0;
        }
        const auto b = static_cast<unsigned char>(utf8[i]);
        if (b < 0x80) {
            buf[n++] = static_cast<char>(b);
            buf[n++] = '\0';
            ++i;
            continue;
        }
        // A run of non-ASCII bytes: no valid sequence contains an ASCII byte.
        std::size_t end = i;
        while (end < utf8.size() && static_cast<unsigned char>(utf8[end]) >= 0x80) ++end;
        out.append(buf, n);
        n = 0;
        const auto wide = utf8_to_utf16le_bytes(utf8.substr(i, end - i));
        out.append(reinterpret_cast<const char*>(wide.data()), wide.size());
        i = end;
    }
    out.append(buf, n);
    return out;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        char32_t c = 0, min = 0;
        if ((b & 0xE0) == 0xC0) len = 2, c = b & 0x1Fu, min = 0x80;
        else if ((b & 0xF0) == 0xE0) len = 3, c = b & 0x0Fu, min = 0x800;
        else if ((b & 0xF8) == 0xF0) len = 4, c = b & 0x07u, min = 0x10000;
        else return i;
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return i;
            c = (c << 6) | (s[i + k] & 0x3Fu);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return i;
        i += len;
    }
    return std::nullopt;
}

std::string windows1252_to_utf8(std::string_view bytes) {
    std::string out(bytes.size() * 3, '\0');
    char* o = out.data();
    for (char ch : bytes) o = put_utf8(o, cp1252_to_unicode(static_cast<std::uint8_t>(ch)));
    out.resize(static_cast<std::size_t>(o - out.data()));
    return out;
}

std::string utf8_to_windows1252(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    const auto wide = utf8_to_utf16(utf8);
    for (std::size_t i = 0; i < wide.size(); ++i) {
        const char16_t u = wide[i];
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < wide.size()) ++i;  // one '?' per character
        out += static_cast<char>(unicode_to_cp1252(u >= 0xD800 && u <= 0xDFFF ? 0xFFFD : u));
    }
    return out;
}

std::vector<std::uint8_t> windows1252_to_utf16le(const std::vector<std::uint8_t>& bytes) {
    std::vector<std::uint8_t> out;
    out.reserve(bytes.size() * 2);
    for (std::uint8_t b : bytes) {
        const char16_t u = cp1252_to_unicode(b);
        out.push_back(static_cast<std::uint8_t>(u & 0xFF));
        out.push_back(static_cast<std::uint8_t>(u >> 8));
    }
    return out;
}

std::vector<std::uint8_t> utf16le_to_windows1252(const std::vector<std::uint8_t>& utf16le) {
    std::vector<std::uint8_t> out;
    out.reserve(utf16le.size() / 2);
    for (std::size_t i = 0; i + 1 < utf16le.size(); i += 2) {
        const char32_t u = utf16le[i] | (char32_t{utf16le[i + 1]} << 8);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < utf16le.size()) {
            const char32_t low = utf16le[i + 2] | (char32_t{utf16le[i + 3]} << 8);
            if (low >= 0xDC00 && low <= 0xDFFF) i += 2;
        }
        out.push_back(unicode_to_cp1252(u));
    }
    return out;
}

}  // namespace sg
