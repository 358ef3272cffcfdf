#include "wizard/policy_templates.h"

#include <algorithm>
#include <system_error>

#include "wizard/errors.h"
#include "wizard/platform.h"
#include "wizard/reg_path.h"
#include "wizard/reg_text.h"

namespace sg {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool starts_with_folded(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && names_equal(text.substr(0, prefix.size()), prefix);
}

/// UTF-16LE, as secedit writes INF files: a BOM, or (no BOM) a NUL in every
/// second byte of the first characters. UTF-8 or ANSI text is refused rather than
/// misread.
std::string decode_utf16le(std::string_view bytes, const std::string& file_name) {
    if (bytes.size() > max_template_bytes)
        throw input_error(file_name, 0, 0,
                          "larger than " + std::to_string(max_template_bytes) + " bytes: not a security template");
    if (bytes.empty()) return {};
    const bool bom = bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE';
    const bool looks_utf16 = bytes.size() >= 2 && bytes[0] != '\0' && bytes[1] == '\0';
    if (!bom && !looks_utf16) throw input_error(file_name, 0, 0, "not UTF-16LE text (no byte-order mark FF FE)");
    if (bytes.size() % 2 != 0) throw input_error(file_name, 0, 0, "odd number of bytes: not UTF-16LE text");
    return utf16le_to_utf8_text(bom ? bytes.substr(2) : bytes);
}

template_registry_value parse_value_line(std::string_view line, int number, const std::string& file_name) {
    const auto eq = line.find('=');
    if (eq == std::string_view::npos)
        throw input_error(file_name, number, 0, "a [Registry Values] line without '='");
    const auto path = trim(line.substr(0, eq));
    constexpr std::string_view machine = "MACHINE\\";
    if (!starts_with_folded(path, machine))
        throw input_error(file_name, number, 0, "a [Registry Values] path outside MACHINE\\");
    const auto slash = path.rfind('\\');
    if (slash + 1 >= path.size() || slash < machine.size())
        throw input_error(file_name, number, 0, "a [Registry Values] path without key and value name");
    template_registry_value v;
    v.key = "HKEY_LOCAL_MACHINE\\" + std::string(path.substr(machine.size(), slash - machine.size()));
    v.value_name = std::string(path.substr(slash + 1));
    v.data = std::string(trim(line.substr(eq + 1)));
    v.line = number;
    return v;
}

/// UTF-8 whatever the platform's narrow encoding (path::string() throws on Windows for
/// a name the ANSI code page lacks).
std::string utf8_of(const std::filesystem::path& p) {
    const auto u = p.u8string();
    return std::string(u.begin(), u.end());
}

bool is_template_name(const std::string& name) {
    if (!starts_with_folded(name, "gpt") || name.size() < 4) return false;
    const auto dot = name.rfind('.');
    if (dot == std::string::npos) return false;
    const auto ext = std::string_view(name).substr(dot);
    return names_equal(ext, ".inf") || names_equal(ext, ".dom");
}

}  // namespace

cached_template parse_cached_template(std::string_view bytes, const std::string& file_name) {
    const std::string text = decode_utf16le(bytes, file_name);
    cached_template t;
    t.file = file_name;
    bool in_registry_values = false;
    int number = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        ++number;
        const auto line = trim(std::string_view(text).substr(start, end - start));
        start = end + 1;
        if (line.empty() || line.front() == ';') continue;
        if (line.front() == '[') {
            if (line.back() != ']') throw input_error(file_name, number, 0, "a section header without ']'");
            in_registry_values = names_equal(line, "[Registry Values]");
            continue;
        }
        if (in_registry_values) t.values.push_back(parse_value_line(line, number, file_name));
    }
    return t;
}

template_cache read_template_cache(const std::filesystem::path& folder) {
    template_cache cache;
    cache.folder = utf8_of(folder);
    std::error_code ec;
    if (!std::filesystem::exists(folder, ec)) {
        if (ec) cache.problems.push_back(cache.folder + ": " + ec.message());
        return cache;
    }
    std::vector<std::filesystem::path> names;
    std::filesystem::directory_iterator it(folder, ec), end;
    if (ec) {
        cache.problems.push_back(cache.folder + ": " + ec.message());
        return cache;
    }
    for (; it != end; it.increment(ec)) {
        if (ec) {
            cache.problems.push_back(cache.folder + ": " + ec.message());
            break;
        }
        if (is_template_name(utf8_of(it->path().filename()))) names.push_back(it->path());
    }
    std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) {
        return fold_case(utf8_of(a.filename())) < fold_case(utf8_of(b.filename()));
    });
    if (names.size() > max_template_files) {
        cache.problems.push_back(cache.folder + ": more than " + std::to_string(max_template_files) +
                                 " templates; only the first are read");
        names.resize(max_template_files);
    }
    for (const auto& file : names) {
        const auto name = utf8_of(file.filename());
        try {
            const auto size = std::filesystem::file_size(file, ec);
            if (!ec && size > max_template_bytes)
                throw input_error(name, 0, 0, "larger than " + std::to_string(max_template_bytes) +
                                                  " bytes: not a security template");
            cache.files.push_back(parse_cached_template(read_file(file), name));
        } catch (const std::exception& e) {
            cache.problems.push_back(e.what());
        }
    }
    return cache;
}

}  // namespace sg
