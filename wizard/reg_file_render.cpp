// Writing .reg documents in the layout of regedit (and of Wine's regedit, which
// copies it byte for byte): see append_hex_data for the wrapping rule.
#include <array>

#include "wizard/reg_file.h"
#include "wizard/reg_file_layout.h"
#include "wizard/reg_text.h"

namespace sg {

namespace reg_layout {

bool is_plain_string(const std::vector<std::uint8_t>& data) {
    if (data.size() < 2 || data.size() % 2 != 0) return false;
    const std::size_t units = data.size() / 2;
    if (data[2 * units - 2] != 0 || data[2 * units - 1] != 0) return false;
    for (std::size_t i = 0; i + 1 < units; ++i) {
        const unsigned u = data[2 * i] | (unsigned{data[2 * i + 1]} << 8);
        if (u == 0) return false;
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 2 >= units) return false;
            const unsigned low = data[2 * i + 2] | (unsigned{data[2 * i + 3]} << 8);
            if (low < 0xDC00 || low > 0xDFFF) return false;
            ++i;
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            return false;
        }
    }
    return true;
}

namespace {

void append_escaped(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\0': out += "\\0"; break;
        default: out += c;
        }
    }
}

constexpr char hex_digits[] = "0123456789abcdef";

void append_hex_u32(std::string& out, std::uint32_t v, int min_digits) {
    char buf[8];
    int n = 0;
    do {
        buf[n++] = hex_digits[v & 0xF];
        v >>= 4;
    } while (v != 0 || n < min_digits);
    while (n > 0) out += buf[--n];
}

// The rule regedit follows: after each byte but the last comes a comma; once a
// line reaches 77 columns it ends with `\` and the next starts with two spaces.
void append_hex_data(std::string& out, std::size_t column, const std::uint8_t* data, std::size_t size,
                     std::string_view eol) {
    for (std::size_t i = 0; i < size; ++i) {
        out += hex_digits[data[i] >> 4];
        out += hex_digits[data[i] & 0xF];
        if (i + 1 == size) break;
        out += ',';
        column += 3;
        if (column >= max_hex_columns) {
            out += '\\';
            out += eol;
            out += "  ";
            column = 2;
        }
    }
}

}  // namespace

std::size_t utf16_length(std::string_view utf8) {
    std::size_t n = 0;
    for (char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        if ((b & 0xC0) != 0x80) ++n;
        if (b >= 0xF0) ++n;  // a surrogate pair
    }
    return n;
}

bool holds_ansi_text(reg_format format, reg_type type) {
    return format == reg_format::regedit4 &&
           (type == reg_type::sz || type == reg_type::expand_sz || type == reg_type::multi_sz);
}

void append_key_line(std::string& out, std::string_view path, bool deleted) {
    out += deleted ? "[-" : "[";
    out += path;
    out += ']';
}

void append_value_entry(std::string& out, std::string_view name, const std::optional<reg_value>& value,
                        reg_format format, std::string_view eol) {
    const std::size_t line_start = out.size();
    if (name.empty()) {
        out += '@';
    } else {
        out += '"';
        append_escaped(out, name);
        out += '"';
    }
    out += '=';
    if (!value) {
        out += '-';
        return;
    }
    const reg_value& v = *value;
    if (v.type == reg_type::sz && is_plain_string(v.data)) {
        out += '"';
        append_escaped(out, utf16le_bytes_to_utf8(v.data.data(), v.data.size() - 2));
        out += '"';
        return;
    }
    if (v.type == reg_type::dword && v.data.size() == 4) {
        out += "dword:";
        append_hex_u32(out, *v.try_as_dword(), 8);
        return;
    }
    if (v.type == reg_type::binary) {
        out += "hex:";
    } else {
        out += "hex(";
        append_hex_u32(out, static_cast<std::uint32_t>(v.type), 1);
        out += "):";
    }
    const std::size_t column = utf16_length(std::string_view(out).substr(line_start));
    if (holds_ansi_text(format, v.type)) {
        const auto ansi = utf16le_to_windows1252(v.data);
        append_hex_data(out, column, ansi.data(), ansi.size(), eol);
    } else {
        append_hex_data(out, column, v.data.data(), v.data.size(), eol);
    }
}

}  // namespace reg_layout

std::string render_reg(const reg_document& doc) {
    const std::string_view eol = doc.crlf ? "\r\n" : "\n";
    std::string text;
    auto line = [&](std::string_view s) {
        text += s;
        text += eol;
    };
    line(doc.format == reg_format::v5 ? reg_layout::header_v5 : reg_layout::header_regedit4);
    for (const auto& key : doc.keys) {
        for (const auto& c : key.comments_before) line(c);
        if (key.verbatim && key.verbatim->name == key.path && key.verbatim->deleted == key.deleted) {
            text += key.verbatim->text;
        } else {
            reg_layout::append_key_line(text, key.path, key.deleted);
        }
        text += eol;
        for (const auto& v : key.values) {
            for (const auto& c : v.comments_before) line(c);
            if (v.verbatim && v.verbatim->name == v.name && v.verbatim->value == v.value) {
                text += v.verbatim->text;
            } else {
                reg_layout::append_value_entry(text, v.name, v.value, doc.format, eol);
            }
            text += eol;
        }
    }
    for (const auto& c : doc.trailing_comments) line(c);
    if (!doc.ends_with_eol) text.resize(text.size() - eol.size());

    switch (doc.encoding) {
    case text_encoding::utf16le_bom:
        return "\xFF\xFE" + utf8_to_utf16le_text(text);
    case text_encoding::utf8_bom:
        return "\xEF\xBB\xBF" + text;
    case text_encoding::ansi:
        return utf8_to_windows1252(text);
    case text_encoding::utf8:
        break;
    }
    return text;
}

}  // namespace sg
