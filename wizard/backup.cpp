#include "wizard/backup.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <system_error>

#include "wizard/errors.h"
#include "wizard/platform.h"
#include "wizard/reg_file.h"
#include "wizard/reg_path.h"

namespace sg {

namespace {

// The header sits right after "Windows Registry Editor Version 5.00": the hash
// line first (line 2), so everything it covers (the rest of the file) follows it.
constexpr std::string_view hash_prefix = "; sha256: ";
constexpr std::string_view marker_line = "; ShareGuard backup";
constexpr std::string_view machine_prefix = "; machine: ";
constexpr std::string_view target_prefix = "; target: ";
constexpr std::string_view time_prefix = "; time: ";
constexpr std::string_view profile_prefix = "; profile: ";
constexpr std::string_view version_prefix = "; tool version: ";
constexpr int hash_line_number = 2;
constexpr std::size_t hash_hex_length = 64;

// A header field must stay on its comment line: a newline in a profile name
// would otherwise start a line regedit reads as data.
std::string one_line(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F) c = ' ';
    }
    return out;
}

std::vector<std::string> header_comment_lines(const backup_header& h, std::string_view hash) {
    return {
        fmt::format("{}{}", hash_prefix, hash),
        std::string(marker_line),
        fmt::format("{}{}", machine_prefix, one_line(h.machine)),
        fmt::format("{}{}", target_prefix, one_line(h.target)),
        fmt::format("{}{}", time_prefix, one_line(h.time_utc)),
        fmt::format("{}{}", profile_prefix, one_line(h.profile)),
        fmt::format("{}{}", version_prefix, one_line(h.tool_version)),
        "",  // a blank line before the first key, as regedit writes it
    };
}

reg_document backup_document(const backup_header& header, const std::vector<backup_entry>& entries,
                             std::string_view hash) {
    reg_document doc;  // v5, UTF-16LE with BOM, CRLF: what regedit writes and reads
    std::map<std::string, std::size_t> key_index;  // key identity -> position in doc.keys
    for (const auto& e : entries) {
        auto [it, inserted] = key_index.try_emplace(key_identity(e.key), doc.keys.size());
        if (inserted) {
            reg_file_key k;
            k.path = e.key;
            if (!doc.keys.empty()) k.comments_before.push_back("");  // blank line between keys
            doc.keys.push_back(std::move(k));
        }
        reg_file_value v;
        v.name = e.value_name;
        v.value = e.previous;
        doc.keys[it->second].values.push_back(std::move(v));
    }
    auto header_lines = header_comment_lines(header, hash);
    if (doc.keys.empty()) {
        header_lines.pop_back();
        doc.trailing_comments = std::move(header_lines);
    } else {
        doc.keys.front().comments_before = std::move(header_lines);
        doc.trailing_comments.push_back("");  // regedit ends its exports with a blank line
    }
    return doc;
}

/// Where the bytes after line `line_count` start: the encoding decides how wide a '\n' is.
std::size_t offset_after_lines(std::string_view bytes, int line_count) {
    const bool utf16 = bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
                       static_cast<unsigned char>(bytes[1]) == 0xFE;
    const std::size_t unit = utf16 ? 2 : 1;
    std::size_t i = utf16 ? 2 : 0;
    int seen = 0;
    for (; i + unit <= bytes.size(); i += unit) {
        const bool newline = bytes[i] == '\n' && (!utf16 || bytes[i + 1] == '\0');
        if (newline && ++seen == line_count) return i + unit;
    }
    return std::string_view::npos;
}

/// The file as UTF-8 text lines (without line ends), for reading the header.
std::vector<std::string> text_lines(std::string_view bytes) {
    std::string text;
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    if (bytes.size() >= 2 && data[0] == 0xFF && data[1] == 0xFE) {
        text = utf16le_bytes_to_utf8(data + 2, bytes.size() - 2);
    } else if (bytes.size() >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) {
        text = std::string(bytes.substr(3));
    } else {
        text = std::string(bytes);
    }
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

bool is_lower_hex(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

/// Reads the header comment lines (line 2 on) into `out`; throws input_error at the first bad line.
void parse_header(const std::vector<std::string>& lines, const std::string& file_name, backup_file& out) {
    auto line_at = [&](int number) -> const std::string& {
        static const std::string none;
        return number <= static_cast<int>(lines.size()) ? lines[static_cast<std::size_t>(number - 1)] : none;
    };
    const std::string& hash_line = line_at(hash_line_number);
    if (!hash_line.starts_with(hash_prefix))
        throw input_error(file_name, hash_line_number, 1, "expected the \"; sha256: <hex>\" line of a ShareGuard backup");
    out.stored_hash = hash_line.substr(hash_prefix.size());
    if (out.stored_hash.size() != hash_hex_length || !is_lower_hex(out.stored_hash))
        throw input_error(file_name, hash_line_number, static_cast<int>(hash_prefix.size()) + 1,
                          "the sha256 must be 64 lower-case hexadecimal digits");
    if (line_at(hash_line_number + 1) != marker_line)
        throw input_error(file_name, hash_line_number + 1, 1, "expected \"; ShareGuard backup\"");

    const std::pair<std::string_view, std::string*> fields[] = {
        {machine_prefix, &out.header.machine},   {target_prefix, &out.header.target},
        {time_prefix, &out.header.time_utc},     {profile_prefix, &out.header.profile},
        {version_prefix, &out.header.tool_version},
    };
    for (int n = hash_line_number + 2; n <= static_cast<int>(lines.size()); ++n) {
        const std::string& line = line_at(n);
        if (!line.starts_with(';')) break;  // the header ends at the first non-comment line
        for (const auto& [prefix, field] : fields)
            if (line.starts_with(prefix)) *field = line.substr(prefix.size());
    }
}

/// The 1-based line of the first `[-...]` section, for the error message.
int deleted_key_line(const std::vector<std::string>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].starts_with("[-")) return static_cast<int>(i + 1);
    return 0;
}

std::string file_name_part(std::string_view text) {
    std::string out;
    for (char c : text) {
        const bool keep = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
        out += keep ? c : '_';
    }
    return out;
}

}  // namespace

std::string render_backup(const backup_header& header, const std::vector<backup_entry>& entries) {
    // Render once with a placeholder of the same length, hash what follows the
    // hash line, then render with the real hash: the covered bytes are identical.
    const std::string placeholder(hash_hex_length, '0');
    const std::string draft = render_reg(backup_document(header, entries, placeholder));
    const std::size_t covered_from = offset_after_lines(draft, hash_line_number);
    if (covered_from == std::string_view::npos)
        throw std::logic_error("render_backup: the rendered backup has no hash line");
    const std::string hash = sha256_hex(std::string_view(draft).substr(covered_from));
    std::string bytes = render_reg(backup_document(header, entries, hash));
    if (bytes.size() != draft.size() || bytes.compare(covered_from, std::string::npos, draft, covered_from) != 0)
        throw std::logic_error("render_backup: the hash line changed the bytes it covers");
    return bytes;
}

backup_file parse_backup(std::string_view bytes, const std::string& file_name) {
    const reg_document doc = parse_reg(bytes, file_name);  // syntax errors carry line and column
    const auto lines = text_lines(bytes);

    backup_file out;
    parse_header(lines, file_name, out);
    const std::size_t covered_from = offset_after_lines(bytes, hash_line_number);
    out.computed_hash = sha256_hex(covered_from == std::string_view::npos ? std::string_view()
                                                                           : bytes.substr(covered_from));
    out.hash_ok = out.computed_hash == out.stored_hash;

    for (const auto& key : doc.keys) {
        // A backup restores values; it never deletes a whole key.
        if (key.deleted)
            throw input_error(file_name, deleted_key_line(lines), 1,
                              fmt::format("a backup cannot delete a key: [-{}]", key.path));
        for (const auto& v : key.values) out.entries.push_back(backup_entry{key.path, v.name, v.value});
    }
    return out;
}

backup_file read_backup_file(const std::filesystem::path& file) {
    return parse_backup(read_file(file), path_text(file));
}

std::string path_text(const std::filesystem::path& p) {
    const std::u8string text = p.u8string();
    return std::string(text.begin(), text.end());
}

std::filesystem::path write_new_backup(const std::filesystem::path& folder, const backup_header& header,
                                       std::string_view bytes) {
    std::string stamp;  // "2026-11-25T22:58:25Z" -> "20261125T225825Z"
    for (char c : header.time_utc)
        if (c != '-' && c != ':') stamp += c;
    std::string machine = file_name_part(header.machine);
    if (machine.empty()) machine = "unknown";
    const std::string stem = fmt::format("shareguard-backup-{}-{}", file_name_part(stamp), machine);

    // Runs in the same second want the same name; the file system decides who
    // gets it (try_write_new_file_durably never replaces), the others count on.
    constexpr int attempts = 1000;
    for (int n = 1; n <= attempts; ++n) {
        const auto candidate = folder / (n == 1 ? stem + ".reg" : fmt::format("{}-{}.reg", stem, n));
        if (try_write_new_file_durably(candidate, bytes)) return candidate;
    }
    throw file_error(path_text(folder / (stem + ".reg")),
                     fmt::format("{} backups with this name already exist", attempts));
}

}  // namespace sg
