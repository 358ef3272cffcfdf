#pragma once
// Internal to the .reg reader and writer: how regedit lays out one entry. The
// parser uses it to tell whether an entry is in that layout (and so needs no
// verbatim copy); the renderer uses it to write entries.
#include <optional>
#include <string>
#include <string_view>

#include "wizard/reg_file.h"

namespace sg::reg_layout {

inline constexpr std::string_view header_v5 = "Windows Registry Editor Version 5.00";
inline constexpr std::string_view header_regedit4 = "REGEDIT4";

/// `[path]` or `[-path]`.
void append_key_line(std::string& out, std::string_view path, bool deleted);

/// `"name"=data` as regedit writes it: hex data wrapped with `,\` + eol + two
/// spaces so no line passes 80 columns. No line end after the last line.
void append_value_entry(std::string& out, std::string_view name, const std::optional<reg_value>& value,
                        reg_format format, std::string_view eol);

/// True for the value types whose hex data a REGEDIT4 file holds as ANSI text.
bool holds_ansi_text(reg_format format, reg_type type);

/// True when a REG_SZ can be written as "text" without loss: one terminating NUL,
/// no NUL inside, no unpaired surrogate. Other REG_SZ data is written as hex(1).
bool is_plain_string(const std::vector<std::uint8_t>& data);

/// regedit counts columns in UTF-16 units.
std::size_t utf16_length(std::string_view utf8);

/// Where regedit breaks hex data: once a line reaches this column after a comma.
inline constexpr std::size_t max_hex_columns = 77;

}  // namespace sg::reg_layout
