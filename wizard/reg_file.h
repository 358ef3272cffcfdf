#pragma once
// The .reg file format, read and written without loss:
// "Windows Registry Editor Version 5.00" (UTF-16LE with BOM, as regedit and
// `reg export` write it) and "REGEDIT4" (ANSI, Windows-1252), CRLF or LF line
// ends, every value form, line continuations, comments and deletions.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wizard/reg_value.h"
#include "wizard/text_position.h"

namespace sg {

enum class reg_format { v5, regedit4 };
/// A file without a BOM that starts with "REGEDIT4" is read as ANSI; other files
/// without a BOM as UTF-8.
enum class text_encoding { utf16le_bom, utf8, utf8_bom, ansi };

/// How an entry was spelled in the file, kept only when that differs from the
/// layout render_reg writes (extra spaces, upper-case hex, other wrapping, an
/// inline `; comment`...). render_reg writes the text back unchanged for as long
/// as the entry still says what the text says; an edited entry is written anew.
struct reg_file_verbatim {
    std::string text;                ///< the decoded source lines, with their own inner line ends
    std::string name;                ///< what the text spells: the value name or the key path
    std::optional<reg_value> value;  ///< (values) what the text spells
    bool deleted = false;            ///< (keys) what the text spells
};

/// One `"name"=...` or `@=...` line (possibly continued over several lines).
struct reg_file_value {
    std::string name;                 ///< "" for the default value `@`
    std::optional<reg_value> value;   ///< nullopt: a deletion, `"name"=-`
    std::vector<std::string> comments_before;  ///< comment/blank lines kept verbatim (without EOL)
    /// Where the entry starts in the file (1-based), so a reader that refuses it
    /// can say where; set by parse_reg, 0 for entries built in code. Not compared.
    text_position position = {};
    /// Set by parse_reg for entries not in regedit's layout; layout only, so
    /// operator== ignores it.
    std::shared_ptr<const reg_file_verbatim> verbatim = {};
    bool operator==(const reg_file_value& o) const {
        return name == o.name && value == o.value && comments_before == o.comments_before;
    }
};

/// One `[key]` or `[-key]` section.
struct reg_file_key {
    std::string path;                 ///< as written, without brackets or the '-'
    bool deleted = false;             ///< `[-path]`
    std::vector<reg_file_value> values;
    std::vector<std::string> comments_before;
    text_position position = {};  ///< as for reg_file_value
    std::shared_ptr<const reg_file_verbatim> verbatim = {};  ///< as for reg_file_value
    bool operator==(const reg_file_key& o) const {
        return path == o.path && deleted == o.deleted && values == o.values &&
               comments_before == o.comments_before;
    }
};

struct reg_document {
    reg_format format = reg_format::v5;
    text_encoding encoding = text_encoding::utf16le_bom;
    /// Line ends as the file's first line ends. (A file mixing CRLF and LF is written
    /// back with these everywhere, except inside entries kept verbatim.)
    bool crlf = true;
    bool ends_with_eol = true;        ///< false when the file's last line has no line end
    std::vector<reg_file_key> keys;
    std::vector<std::string> trailing_comments;  ///< comments after the last value
    bool operator==(const reg_document&) const = default;
};

/// Parses the bytes of a .reg file. Throws input_error naming file, line, column.
reg_document parse_reg(std::string_view bytes, const std::string& file_name);
/// Reads and parses a file. Throws file_error when it cannot be read.
reg_document read_reg_file(const std::filesystem::path& file);

/// The bytes of the document in its format and encoding, as regedit writes them
/// (hex data wrapped at 80 columns with `,\` and two-space indents); entries
/// with a verbatim text that still says the same thing are written as read, so
/// render_reg(parse_reg(x)) == x for every file with consistent line ends (and,
/// in UTF-16, no unpaired surrogates, which are read as U+FFFD).
std::string render_reg(const reg_document& doc);

/// Appends a value to the section of `key_path` (spelled exactly so), adding the
/// section at the end, after the blank line regedit writes before a key, when
/// the document has none: how ShareGuard's own files are laid out.
void append_to_key(reg_document& doc, const std::string& key_path, reg_file_value value);

}  // namespace sg
