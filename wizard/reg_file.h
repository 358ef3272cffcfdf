#pragma once
// The .reg file format, read and written without loss:
// "Windows Registry Editor Version 5.00" (UTF-16LE with BOM, as regedit and
// `reg export` write it) and "REGEDIT4" (ANSI, Windows-1252), CRLF or LF line
// ends, every value form, line continuations, comments and deletions.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wizard/reg_value.h"

namespace sg {

enum class reg_format { v5, regedit4 };
enum class text_encoding { utf16le_bom, utf8, utf8_bom, ansi };

/// One `"name"=...` or `@=...` line (possibly continued over several lines).
struct reg_file_value {
    std::string name;                 ///< "" for the default value `@`
    std::optional<reg_value> value;   ///< nullopt: a deletion, `"name"=-`
    std::vector<std::string> comments_before;  ///< comment/blank lines kept verbatim (without EOL)
    bool operator==(const reg_file_value&) const = default;
};

/// One `[key]` or `[-key]` section.
struct reg_file_key {
    std::string path;                 ///< as written, without brackets or the '-'
    bool deleted = false;             ///< `[-path]`
    std::vector<reg_file_value> values;
    std::vector<std::string> comments_before;
    bool operator==(const reg_file_key&) const = default;
};

struct reg_document {
    reg_format format = reg_format::v5;
    text_encoding encoding = text_encoding::utf16le_bom;
    bool crlf = true;
    std::vector<reg_file_key> keys;
    std::vector<std::string> trailing_comments;  ///< comments after the last value
    bool operator==(const reg_document&) const = default;
};

/// Parses the bytes of a .reg file. Throws input_error naming file, line, column.
reg_document parse_reg(std::string_view bytes, const std::string& file_name);
/// Reads and parses a file. Throws file_error when it cannot be read.
reg_document read_reg_file(const std::filesystem::path& file);

/// The bytes of the document in its format and encoding, as regedit writes them
/// (hex data wrapped at 80 columns with `,\` and two-space indents).
std::string render_reg(const reg_document& doc);

}  // namespace sg
