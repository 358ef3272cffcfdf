#include "wizard/backup.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <system_error>

#include "wizard/backup_key.h"
#include "wizard/catalog.h"
#include "wizard/errors.h"
#include "wizard/platform.h"
#include "wizard/reg_file.h"
#include "wizard/reg_path.h"

namespace sg {

namespace {

// The header sits right after "Windows Registry Editor Version 5.00": the hash
// line (line 2), then the HMAC line (line 3), so everything both cover (the rest
// of the file) follows them. Backups from before the HMAC have no line 3 and
// their hash covers everything after line 2.
constexpr std::string_view hash_prefix = "; sha256: ";
constexpr std::string_view hmac_prefix = "; hmac-sha256: ";
constexpr std::string_view marker_line = "; ShareGuard backup";
constexpr std::string_view machine_prefix = "; machine: ";
constexpr std::string_view target_prefix = "; target: ";
constexpr std::string_view time_prefix = "; time: ";
constexpr std::string_view profile_prefix = "; profile: ";
constexpr std::string_view version_prefix = "; tool version: ";
constexpr int hash_line_number = 2;
constexpr int hmac_line_number = 3;
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

std::vector<std::string> header_comment_lines(const backup_header& h, std::string_view hash, std::string_view hmac) {
    return {
        fmt::format("{}{}", hash_prefix, hash),
        fmt::format("{}{}", hmac_prefix, hmac),
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
                             std::string_view hash, std::string_view hmac) {
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
    auto header_lines = header_comment_lines(header, hash, hmac);
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

/// Reads the hex digest after `prefix` on line `number`; throws input_error unless it is 64 lower-case digits.
std::string digest_on_line(const std::string& line, std::string_view prefix, int number, const std::string& file_name,
                           std::string_view what) {
    std::string digest = line.substr(prefix.size());
    if (digest.size() != hash_hex_length || !is_lower_hex(digest))
        throw input_error(file_name, number, static_cast<int>(prefix.size()) + 1,
                          fmt::format("the {} must be 64 lower-case hexadecimal digits", what));
    return digest;
}

/// Equal digests, compared in constant time (the HMAC is a secret's witness).
bool same_digest(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    unsigned char differ = 0;
    for (std::size_t i = 0; i < a.size(); ++i) differ |= static_cast<unsigned char>(a[i] ^ b[i]);
    return differ == 0;
}

/// Reads the header comment lines (line 2 on) into `out`; throws input_error at
/// the first bad line. Returns how many lines precede the bytes the digests cover.
int parse_header(const std::vector<std::string>& lines, const std::string& file_name, backup_file& out) {
    auto line_at = [&](int number) -> const std::string& {
        static const std::string none;
        return number <= static_cast<int>(lines.size()) ? lines[static_cast<std::size_t>(number - 1)] : none;
    };
    const std::string& hash_line = line_at(hash_line_number);
    if (!hash_line.starts_with(hash_prefix))
        throw input_error(file_name, hash_line_number, 1, "expected the \"; sha256: <hex>\" line of a ShareGuard backup");
    out.stored_hash = digest_on_line(hash_line, hash_prefix, hash_line_number, file_name, "sha256");
    int covered_after = hash_line_number;
    if (line_at(hmac_line_number).starts_with(hmac_prefix)) {
        out.stored_hmac =
            digest_on_line(line_at(hmac_line_number), hmac_prefix, hmac_line_number, file_name, "hmac-sha256");
        covered_after = hmac_line_number;
    }
    if (line_at(covered_after + 1) != marker_line)
        throw input_error(file_name, covered_after + 1, 1, "expected \"; ShareGuard backup\"");

    const std::pair<std::string_view, std::string*> fields[] = {
        {machine_prefix, &out.header.machine},   {target_prefix, &out.header.target},
        {time_prefix, &out.header.time_utc},     {profile_prefix, &out.header.profile},
        {version_prefix, &out.header.tool_version},
    };
    for (int n = covered_after + 2; n <= static_cast<int>(lines.size()); ++n) {
        const std::string& line = line_at(n);
        if (!line.starts_with(';')) break;  // the header ends at the first non-comment line
        for (const auto& [prefix, field] : fields)
            if (line.starts_with(prefix)) *field = line.substr(prefix.size());
    }
    return covered_after;
}

backup_doubt doubt_about(const backup_file& b, std::string_view covered, const std::optional<std::string>& key) {
    if (!b.hash_ok) return backup_doubt::damaged;
    if (b.stored_hmac.empty()) return backup_doubt::not_sealed;
    if (!key) return backup_doubt::no_key;
    return same_digest(hmac_sha256_hex(*key, covered), b.stored_hmac) ? backup_doubt::none : backup_doubt::foreign_seal;
}

/// A backup holds only values ShareGuard manages, whatever the file says: a
/// foreign key or value, or a key deletion, refuses the whole file, at its line.
/// (Types are not checked: a backup keeps a value's previous type, even a wrong one.)
void check_only_managed_values(const reg_document& doc, const std::string& file_name) {
    for (const auto& key : doc.keys) {
        const auto& at = key.position;
        if (key.deleted)
            throw input_error(file_name, at.line, at.column, fmt::format("a backup cannot delete a key: [-{}]", key.path));
        if (!is_catalog_key(key.path))
            throw input_error(file_name, at.line, at.column, fmt::format("not a key ShareGuard manages: [{}]", key.path));
        for (const auto& v : key.values)
            if (!find_setting_at(key.path, v.name))
                throw input_error(file_name, v.position.line, v.position.column,
                                  fmt::format("not a value ShareGuard manages: {}\\{}", key.path,
                                              v.name.empty() ? std::string("@") : v.name));
    }
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

std::string render_backup(const backup_header& header, const std::vector<backup_entry>& entries,
                          std::string_view key) {
    // Render once with placeholders of the same length, digest what follows the
    // HMAC line, then render with the real digests: the covered bytes are identical.
    const std::string placeholder(hash_hex_length, '0');
    const std::string draft = render_reg(backup_document(header, entries, placeholder, placeholder));
    const std::size_t covered_from = offset_after_lines(draft, hmac_line_number);
    if (covered_from == std::string_view::npos)
        throw std::logic_error("render_backup: the rendered backup has no HMAC line");
    const std::string_view covered = std::string_view(draft).substr(covered_from);
    const std::string hash = sha256_hex(covered);
    const std::string hmac = hmac_sha256_hex(key, covered);
    std::string bytes = render_reg(backup_document(header, entries, hash, hmac));
    if (bytes.size() != draft.size() || bytes.compare(covered_from, std::string::npos, draft, covered_from) != 0)
        throw std::logic_error("render_backup: the digest lines changed the bytes they cover");
    return bytes;
}

backup_file parse_backup(std::string_view bytes, const std::string& file_name, const std::optional<std::string>& key) {
    const reg_document doc = parse_reg(bytes, file_name);  // syntax errors carry line and column
    const auto lines = text_lines(bytes);

    backup_file out;
    const int covered_after = parse_header(lines, file_name, out);
    check_only_managed_values(doc, file_name);

    const std::size_t covered_from = offset_after_lines(bytes, covered_after);
    const std::string_view covered =
        covered_from == std::string_view::npos ? std::string_view() : bytes.substr(covered_from);
    out.computed_hash = sha256_hex(covered);
    out.hash_ok = out.computed_hash == out.stored_hash;
    out.doubt = doubt_about(out, covered, key);

    for (const auto& key_section : doc.keys)
        for (const auto& v : key_section.values)
            out.entries.push_back(backup_entry{key_section.path, v.name, v.value});
    return out;
}

backup_file read_backup_file(const std::filesystem::path& file, const std::filesystem::path& key_file) {
    const std::string name = path_text(file);
    auto too_big = [&](std::uintmax_t size) {
        return input_error(name, 0, 0,
                           fmt::format("{} bytes: larger than a ShareGuard backup can be ({} bytes, 16 MiB)", size,
                                       max_backup_bytes));
    };
    // Ask the size first, so a huge file is refused without reading it.
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (!ec && size > max_backup_bytes) throw too_big(size);
    const std::string bytes = read_file(file);
    if (bytes.size() > max_backup_bytes) throw too_big(bytes.size());  // it grew meanwhile
    return parse_backup(bytes, name, read_backup_key(key_file));
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
