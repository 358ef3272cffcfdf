#include "wizard/reg_path.h"

#include <algorithm>
#include <array>

namespace sg {

namespace {

// Windows compares registry names by upper-casing both (RtlUpcaseUnicodeChar),
// so folding to upper case makes 'ς' and 'σ' equal, as they are on Windows.
// Every character changed here is below U+0800 and maps to one below U+0800:
// the UTF-8 length never changes (fold_case and the snapshot index rely on it).
char32_t upcase(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 0x20 : c;
    if (c < 0x100) {
        if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 0x20;
        if (c == 0xFF) return 0x178;  // ÿ -> Ÿ
        return c;
    }
    // Greek
    if (c >= 0x370 && c < 0x400) {
        if (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2) return c - 0x20;
        if (c == 0x3C2) return 0x3A3;  // final sigma
        if (c == 0x3AC) return 0x386;
        if (c >= 0x3AD && c <= 0x3AF) return c - 0x25;
        if (c == 0x3CC) return 0x38C;
        if (c == 0x3CD || c == 0x3CE) return c - 0x3F;
        return c;
    }
    // Cyrillic
    if (c >= 0x400 && c < 0x530) {
        if (c >= 0x430 && c <= 0x44F) return c - 0x20;
        if (c >= 0x450 && c <= 0x45F) return c - 0x50;
        if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F))
            return (c & 1) ? c - 1 : c;
        if (c >= 0x4C1 && c <= 0x4CE) return (c & 1) ? c : c - 1;
        if (c == 0x4CF) return 0x4C0;
        return c;
    }
    return c;
}

// Minimal UTF-8 step for names already valid (they come from our own decoders);
// a stray byte is passed through unchanged so folding never loses input.
std::size_t decode(std::string_view s, std::size_t i, char32_t& c) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    std::size_t len = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
    if (b0 < 0xC0 || i + len > s.size()) {
        c = 0;
        return 0;
    }
    c = b0 & (len == 2 ? 0x1Fu : len == 3 ? 0x0Fu : 0x07u);
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            c = 0;
            return 0;
        }
        c = (c << 6) | (b & 0x3Fu);
    }
    return len;
}

struct root_alias {
    std::string_view short_name;
    std::string_view full_name;
};

constexpr std::array<root_alias, 7> roots = {{
    {"HKLM", "HKEY_LOCAL_MACHINE"},
    {"HKCU", "HKEY_CURRENT_USER"},
    {"HKCR", "HKEY_CLASSES_ROOT"},
    {"HKU", "HKEY_USERS"},
    {"HKCC", "HKEY_CURRENT_CONFIG"},
    {"", "HKEY_PERFORMANCE_DATA"},
    {"", "HKEY_DYN_DATA"},
}};

bool ascii_iequal(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'a' && x <= 'z') x = static_cast<char>(x - 32);
        if (y >= 'a' && y <= 'z') y = static_cast<char>(y - 32);
        if (x != y) return false;
    }
    return true;
}

std::string_view canonical_root(std::string_view root) {
    for (const auto& r : roots) {
        if ((!r.short_name.empty() && ascii_iequal(root, r.short_name)) || ascii_iequal(root, r.full_name))
            return r.full_name;
    }
    return root;
}

}  // namespace

std::string fold_case(std::string_view name) {
    // Every fold keeps the UTF-8 length (see upcase), so the copy is changed in place.
    std::string out(name);
    std::size_t i = 0;
    while (i < out.size()) {
        const auto b = static_cast<unsigned char>(out[i]);
        if (b < 0x80) {
            if (b >= 'a' && b <= 'z') out[i] = static_cast<char>(b - 32);
            ++i;
            continue;
        }
        char32_t c = 0;
        const std::size_t len = decode(out, i, c);
        if (len == 0) {
            ++i;  // a stray byte stays as it is
            continue;
        }
        if (len == 2) {
            const char32_t up = upcase(c);
            if (up != c) {
                out[i] = static_cast<char>(0xC0 | (up >> 6));
                out[i + 1] = static_cast<char>(0x80 | (up & 0x3F));
            }
        }
        i += len;
    }
    return out;
}

bool names_equal(std::string_view a, std::string_view b) {
    // Most names are ASCII; compare without allocating when both are.
    bool ascii = true;
    for (char ch : a) ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
    for (char ch : b) ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
    if (ascii) return ascii_iequal(a, b);
    return fold_case(a) == fold_case(b);
}

std::string normalize_key_path(std::string_view path) {
    // Most paths are already normalized: copy them as they are.
    const std::string_view root = path.substr(0, path.find('\\'));
    if (!path.empty() && path.back() != '\\' && path.find("\\\\") == std::string_view::npos &&
        std::any_of(roots.begin(), roots.end(), [&](const root_alias& r) { return r.full_name == root; }))
        return std::string(path);
    std::string out;
    out.reserve(path.size() + 16);
    bool first = true;
    std::size_t i = 0;
    while (i < path.size()) {
        std::size_t end = path.find('\\', i);
        if (end == std::string_view::npos) end = path.size();
        std::string_view part = path.substr(i, end - i);
        i = end + 1;
        if (part.empty()) continue;
        if (first) {
            out += canonical_root(part);
            first = false;
        } else {
            out += '\\';
            out += part;
        }
    }
    return out;
}

std::vector<std::string> split_key_path(std::string_view path) {
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (i <= path.size()) {
        std::size_t end = path.find('\\', i);
        if (end == std::string_view::npos) end = path.size();
        if (end > i) parts.emplace_back(path.substr(i, end - i));
        i = end + 1;
    }
    return parts;
}

std::string join_key_path(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty()) out += '\\';
        out += p;
    }
    return out;
}

std::string key_identity(std::string_view path) { return fold_case(normalize_key_path(path)); }

}  // namespace sg
