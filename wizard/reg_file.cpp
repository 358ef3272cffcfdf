// Reading .reg files. The bytes are decoded to UTF-8 in one pass, then a
// hand-written single-pass parser walks the lines. Every entry is checked
// against the layout render_reg writes; entries written differently keep their
// text (reg_file_verbatim), so writing a document back loses nothing.
#include "wizard/reg_file.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "wizard/errors.h"
#include "wizard/text_position.h"
#include "wizard/platform.h"
#include "wizard/reg_file_layout.h"
#include "wizard/reg_text.h"

namespace sg {

namespace {

constexpr std::string_view known_roots[] = {
    "HKEY_LOCAL_MACHINE", "HKEY_CURRENT_USER",     "HKEY_CLASSES_ROOT", "HKEY_USERS",
    "HKEY_CURRENT_CONFIG", "HKEY_PERFORMANCE_DATA", "HKEY_DYN_DATA",
};

bool is_space(char c) { return c == ' ' || c == '\t'; }

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

bool is_lower_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

bool is_upper_hex(char c) { return c >= 'A' && c <= 'F'; }

unsigned hex_value(char c) {
    if (c <= '9') return static_cast<unsigned>(c - '0');
    return static_cast<unsigned>((c | 0x20) - 'a' + 10);
}

bool iequal_ascii(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return (x >= 'a' && x <= 'z' ? x - 32 : x) == (y >= 'a' && y <= 'z' ? y - 32 : y);
           });
}

struct line_span {
    std::size_t begin = 0;  ///< first byte of the line
    std::size_t end = 0;    ///< end of its content (before "\r\n" or "\n")
    std::size_t next = 0;   ///< first byte of the next line
    bool has_eol = false;
};

class parser {
public:
    parser(std::string_view text, const std::string& file_name, reg_document& doc)
        : text_(text), file_(file_name), doc_(doc) {}

    void parse_body(std::size_t pos) {
        while (pos < text_.size()) {
            line_span line = line_at(pos);
            pos = line.next;
            doc_.ends_with_eol = line.has_eol;
            std::size_t p = skip_spaces(line.begin, line.end);
            if (p == line.end || text_[p] == ';') {
                pending_comments_.emplace_back(slice(line.begin, line.end));
            } else if (text_[p] == '[') {
                parse_key_line(line, p);
            } else if (text_[p] == '"' || text_[p] == '@') {
                pos = parse_value_entry(line, p);
            } else {
                fail(p, fmt::format("unexpected '{}' at the start of a line", char_at(p)));
            }
        }
        doc_.trailing_comments = std::move(pending_comments_);
    }

    [[noreturn]] void fail(std::size_t offset, const std::string& detail) const {
        auto [line, column] = line_and_column(text_, offset);
        throw input_error(file_, line, column, detail);
    }

private:
    std::string_view slice(std::size_t b, std::size_t e) const { return text_.substr(b, e - b); }

    // The whole character at an offset, for messages.
    std::string char_at(std::size_t p) const {
        std::size_t e = p + 1;
        while (e < text_.size() && (static_cast<unsigned char>(text_[e]) & 0xC0) == 0x80) ++e;
        return std::string(slice(p, e));
    }

    line_span line_at(std::size_t pos) const {
        line_span l;
        l.begin = pos;
        const void* nl = std::memchr(text_.data() + pos, '\n', text_.size() - pos);
        if (!nl) {
            l.end = l.next = text_.size();
            return l;
        }
        const auto at = static_cast<std::size_t>(static_cast<const char*>(nl) - text_.data());
        l.end = (at > pos && text_[at - 1] == '\r') ? at - 1 : at;
        l.next = at + 1;
        l.has_eol = true;
        return l;
    }

    /// The position of `p` on `line` (only spaces precede it, so the column is a byte count).
    /// Lines are counted on from the last call, so positions cost one pass over the text.
    text_position position_of(const line_span& line, std::size_t p) {
        counted_lines_ += static_cast<int>(
            std::count(text_.begin() + static_cast<std::ptrdiff_t>(counted_to_),
                       text_.begin() + static_cast<std::ptrdiff_t>(line.begin), '\n'));
        counted_to_ = line.begin;
        return text_position{counted_lines_ + 1, static_cast<int>(p - line.begin) + 1};
    }

    std::size_t skip_spaces(std::size_t p, std::size_t end) const {
        while (p < end && is_space(text_[p])) ++p;
        return p;
    }

    // Text after an entry may only be spaces or a `; comment`.
    void expect_line_end(std::size_t p, std::size_t end, const char* detail) const {
        p = skip_spaces(p, end);
        if (p < end && text_[p] != ';') fail(p, detail);
    }

    void parse_key_line(const line_span& line, std::size_t p) {
        std::size_t start = p + 1;
        const bool deleted = start < line.end && text_[start] == '-';
        if (deleted) ++start;
        // regedit writes names containing ']' unescaped: the last ']' closes the name.
        std::size_t close = line.end;
        while (close > start && text_[close - 1] != ']') --close;
        if (close == start) fail(line.end, "missing ']'");
        --close;
        const std::string_view path = slice(start, close);
        if (path.empty()) fail(start, "empty key name");
        const std::string_view root = path.substr(0, path.find('\\'));
        if (std::none_of(std::begin(known_roots), std::end(known_roots),
                         [&](std::string_view r) { return iequal_ascii(r, root); }))
            fail(start, fmt::format("unknown root key '{}'", root));
        expect_line_end(close + 1, line.end, "unexpected text after ']'");

        reg_file_key key;
        key.position = position_of(line, p);
        key.path = std::string(path);
        key.deleted = deleted;
        key.comments_before = std::move(pending_comments_);
        pending_comments_.clear();
        if (p != line.begin || close + 1 != line.end) {
            auto v = std::make_shared<reg_file_verbatim>();
            v->text = std::string(slice(line.begin, line.end));
            v->name = key.path;
            v->deleted = deleted;
            key.verbatim = std::move(v);
        }
        doc_.keys.push_back(std::move(key));
    }

    struct quoted_text {
        std::size_t end = 0;       ///< offset after the closing quote
        bool nul_escape = false;   ///< `\0` was used
        bool raw_control = false;  ///< a raw CR or NUL, which regedit would have escaped
    };

    // A quoted string starting at the opening quote.
    quoted_text parse_quoted(std::size_t p, std::size_t end, std::string& out) const {
        const std::size_t open = p++;
        quoted_text q;
        out.clear();
        while (true) {
            // Copy the run up to the next quote or backslash in one go.
            std::size_t run = p;
            while (run < end) {
                const char c = text_[run];
                if (c == '"' || c == '\\') break;
                if (c == '\r' || c == '\0') q.raw_control = true;
                ++run;
            }
            out.append(text_.data() + p, run - p);
            p = run;
            if (p >= end) fail(open, "missing closing '\"'");
            if (text_[p] == '"') {
                q.end = p + 1;
                return q;
            }
            if (p + 1 >= end) fail(open, "missing closing '\"'");
            switch (text_[p + 1]) {
            case '\\': out += '\\'; break;
            case '"': out += '"'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case '0':
                out += '\0';
                q.nul_escape = true;
                break;
            default: fail(p, fmt::format("bad escape '\\{}'", char_at(p + 1)));
            }
            p += 2;
        }
    }

    // `canonical` tracks whether the entry is laid out exactly as render_reg
    // writes it; when it is not, the entry keeps its text (reg_file_verbatim).
    std::size_t parse_value_entry(const line_span& first_line, std::size_t p) {
        if (doc_.keys.empty()) fail(p, "value outside a key section");
        if (doc_.keys.back().deleted) fail(p, "value in a key deletion section");
        line_span line = first_line;

        reg_file_value entry;
        entry.position = position_of(line, p);
        bool canonical = p == line.begin;
        if (text_[p] == '@') {
            ++p;
        } else {
            const auto q = parse_quoted(p, line.end, entry.name);
            canonical = canonical && !q.raw_control && !entry.name.empty();
            p = q.end;
        }
        if (p >= line.end || text_[p] != '=') {
            canonical = false;
            p = skip_spaces(p, line.end);
            if (p >= line.end || text_[p] != '=') fail(p, "expected '=' after value name");
        }
        ++p;
        if (p < line.end && is_space(text_[p])) {
            canonical = false;
            p = skip_spaces(p, line.end);
        }
        if (p >= line.end) fail(p, "missing value data");

        const std::string_view rest = slice(p, line.end);
        if (text_[p] == '-') {
            canonical = canonical && p + 1 == line.end;
            expect_line_end(p + 1, line.end, "unexpected text after '-'");
        } else if (text_[p] == '"') {
            const auto q = parse_quoted(p, line.end, scratch_);
            canonical = canonical && !q.raw_control && !q.nul_escape && q.end == line.end;
            expect_line_end(q.end, line.end, "unexpected text after the closing '\"'");
            entry.value = reg_value{reg_type::sz, {}};
            entry.value->data.reserve(2 * scratch_.size() + 2);
            append_utf16le(entry.value->data, scratch_);
            entry.value->data.push_back(0);
            entry.value->data.push_back(0);
        } else if (rest.substr(0, 6) == "dword:") {
            p += 6;
            if (p < line.end && is_space(text_[p])) {
                canonical = false;
                p = skip_spaces(p, line.end);
            }
            entry.value = parse_dword(p, line.end, canonical);
        } else if (rest.substr(0, 4) == "hex:" || rest.substr(0, 4) == "hex(") {
            reg_value value{reg_type::binary, {}};
            if (rest[3] == '(') {
                const std::size_t digits = p + 4;
                std::size_t q = digits;
                std::uint32_t type = 0;
                while (q < line.end && is_hex(text_[q]) && q - digits < 8) {
                    canonical = canonical && !is_upper_hex(text_[q]);
                    type = type * 16 + hex_value(text_[q++]);
                }
                if (q == digits || q + 1 >= line.end || text_[q] != ')' || text_[q + 1] != ':')
                    fail(digits, "bad type in hex(N):");
                // regedit writes hex(2), not hex(02), and binary data as hex:.
                canonical = canonical && (q - digits == 1 || text_[digits] != '0') && type != 3;
                value.type = static_cast<reg_type>(type);
                p = q + 2;
            } else {
                p += 4;
            }
            const std::size_t column = canonical ? reg_layout::utf16_length(slice(line.begin, p)) : 0;
            line = parse_hex_bytes(line, p, value.data, canonical, column);
            if (reg_layout::holds_ansi_text(doc_.format, value.type)) value.data = windows1252_to_utf16le(value.data);
            // regedit writes these as dword:... and "text".
            if (value.type == reg_type::dword && value.data.size() == 4) canonical = false;
            if (value.type == reg_type::sz && reg_layout::is_plain_string(value.data)) canonical = false;
            entry.value = std::move(value);
        } else {
            fail(p, "unknown value type");
        }

        if (!canonical) {
            auto v = std::make_shared<reg_file_verbatim>();
            v->text = std::string(slice(first_line.begin, line.end));
            v->name = entry.name;
            v->value = entry.value;
            entry.verbatim = std::move(v);
        }
        entry.comments_before = std::move(pending_comments_);
        pending_comments_.clear();
        doc_.keys.back().values.push_back(std::move(entry));
        doc_.ends_with_eol = line.has_eol;
        return line.next;
    }

    reg_value parse_dword(std::size_t p, std::size_t end, bool& canonical) const {
        std::size_t q = p;
        std::uint32_t v = 0;
        while (q < end && is_hex(text_[q]) && q - p < 9) {
            canonical = canonical && !is_upper_hex(text_[q]);
            v = (v << 4) | hex_value(text_[q++]);
        }
        if (q - p != 8 || (q < end && !is_space(text_[q]) && text_[q] != ';')) fail(p, "dword needs 8 hex digits");
        canonical = canonical && q == end;
        expect_line_end(q, end, "unexpected text after dword");
        return reg_value::dword(v);
    }

    // Comma-separated bytes, continued over lines ending in `\`. Returns the last
    // line used. `column` counts as regedit does, to check its line breaks.
    line_span parse_hex_bytes(line_span line, std::size_t p, std::vector<std::uint8_t>& out, bool& canonical,
                              std::size_t column) {
        bool break_due = false;  // regedit would end the line here
        while (true) {
            if (p >= line.end) {
                canonical = canonical && out.empty();  // else a comma ended the data
                return line;
            }
            const char c = text_[p];
            // The common case first: two lower-case digits and a comma, as regedit writes them.
            if (p + 2 < line.end && is_lower_hex(c) && is_lower_hex(text_[p + 1]) && text_[p + 2] == ',') {
                canonical = canonical && !break_due;
                out.push_back(static_cast<std::uint8_t>(hex_value(c) * 16 + hex_value(text_[p + 1])));
                p += 3;
                column += 3;
                break_due = column >= reg_layout::max_hex_columns;
                if (break_due) column = 2;
                continue;
            }
            if (is_space(c)) {
                canonical = false;
                p = skip_spaces(p, line.end);
                continue;
            }
            if (c == ';') {
                canonical = false;
                return line;
            }
            if (c == '\\') {
                expect_line_end(p + 1, line.end, "unexpected text after '\\'");
                const std::size_t eol_size = doc_.crlf ? 2 : 1;
                canonical = canonical && break_due && p + 1 == line.end && line.has_eol &&
                            line.next - line.end == eol_size;
                break_due = false;
                // The data goes on at the next line with hex digits; comment lines may come between.
                while (true) {
                    if (line.next >= text_.size()) {
                        canonical = false;
                        return line;
                    }
                    line = line_at(line.next);
                    p = skip_spaces(line.begin, line.end);
                    if (p < line.end && text_[p] == ';') {
                        canonical = false;
                        continue;
                    }
                    if (p >= line.end || !is_hex(text_[p])) fail(p, "expected hex data after '\\'");
                    canonical = canonical && p == line.begin + 2 && text_[line.begin] == ' ' &&
                                text_[line.begin + 1] == ' ';
                    break;
                }
                continue;
            }
            // Any other byte: one or two hex digits, then a comma, spaces, a comment or the end.
            std::size_t q = p;
            while (q < line.end && text_[q] != ',' && !is_space(text_[q]) && text_[q] != '\\' && text_[q] != ';')
                ++q;
            if (q == p) fail(p, "expected a hex byte");
            if (q - p > 2 || !is_hex(text_[p]) || (q - p == 2 && !is_hex(text_[p + 1]))) {
                std::string token(slice(p, std::min(q, p + 12)));
                fail(p, fmt::format("bad hex byte '{}'", token));
            }
            canonical = canonical && !break_due && q - p == 2 && !is_upper_hex(text_[p]) && !is_upper_hex(text_[p + 1]);
            out.push_back(static_cast<std::uint8_t>(q - p == 2 ? hex_value(text_[p]) * 16 + hex_value(text_[p + 1])
                                                                : hex_value(text_[p])));
            if (q < line.end && text_[q] == ',') {
                p = q + 1;
                column += 3;
                break_due = column >= reg_layout::max_hex_columns;
                if (break_due) column = 2;
                continue;
            }
            p = skip_spaces(q, line.end);
            if (p != q) canonical = false;
            if (p >= line.end) return line;  // the last byte
            if (text_[p] == ';') {
                canonical = false;
                return line;
            }
            if (text_[p] != ',') fail(p, "expected ',' after a hex byte");
            canonical = false;  // a space before the comma
            ++p;
        }
    }

    std::string_view text_;
    const std::string& file_;
    reg_document& doc_;
    std::vector<std::string> pending_comments_;
    std::size_t counted_to_ = 0;  ///< position_of: lines before this offset are counted
    int counted_lines_ = 0;       ///< ... in this many '\n'

    std::string scratch_;
};

// Decodes the file's bytes to UTF-8 and records the encoding.
std::string decode(std::string_view bytes, const std::string& file_name, text_encoding& encoding) {
    if (bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE') {
        encoding = text_encoding::utf16le_bom;
        return utf16le_to_utf8_text(bytes.substr(2));
    }
    if (bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF')
        throw input_error(file_name, 1, 1, "UTF-16 big-endian is not supported");
    std::string text;
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        encoding = text_encoding::utf8_bom;
        text = std::string(bytes.substr(3));
    } else if (bytes.substr(0, reg_layout::header_regedit4.size()) == reg_layout::header_regedit4) {
        encoding = text_encoding::ansi;
        return windows1252_to_utf8(bytes);
    } else {
        encoding = text_encoding::utf8;
        text = std::string(bytes);
    }
    if (auto bad = find_invalid_utf8(text)) {
        auto [line, column] = line_and_column(text, *bad);
        throw input_error(file_name, line, column, "invalid UTF-8");
    }
    return text;
}

}  // namespace

reg_document parse_reg(std::string_view bytes, const std::string& file_name) {
    reg_document doc;
    const std::string text = decode(bytes, file_name, doc.encoding);

    const std::size_t nl = text.find('\n');
    std::string_view header = std::string_view(text).substr(0, nl);
    doc.crlf = true;
    doc.ends_with_eol = nl != std::string::npos;
    if (nl != std::string::npos) {
        doc.crlf = !header.empty() && header.back() == '\r';
        if (doc.crlf) header.remove_suffix(1);
    }
    if (header == reg_layout::header_v5) {
        doc.format = reg_format::v5;
    } else if (header == reg_layout::header_regedit4) {
        doc.format = reg_format::regedit4;
    } else {
        throw input_error(file_name, 1, 1, "missing header");
    }
    if (nl == std::string::npos) return doc;
    parser p(text, file_name, doc);
    p.parse_body(nl + 1);
    return doc;
}

void append_to_key(reg_document& doc, const std::string& key_path, reg_file_value value) {
    auto it = std::find_if(doc.keys.begin(), doc.keys.end(), [&](const reg_file_key& k) { return k.path == key_path; });
    if (it == doc.keys.end()) {
        // render_reg writes the empty comment as the blank line before the key.
        doc.keys.push_back(reg_file_key{key_path, false, {}, {""}});
        it = doc.keys.end() - 1;
    }
    it->values.push_back(std::move(value));
}

reg_document read_reg_file(const std::filesystem::path& file) {
    return parse_reg(read_file(file), file.string());
}

}  // namespace sg
