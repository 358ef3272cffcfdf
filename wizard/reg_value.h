#pragma once
// A registry value as Windows stores it: a type number and raw bytes.
// Keeping raw bytes lets any type (even unknown ones, hex(N) in .reg files)
// round-trip unchanged; typed accessors interpret them.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sg {

enum class reg_type : std::uint32_t {
    none = 0,
    sz = 1,
    expand_sz = 2,
    binary = 3,
    dword = 4,
    dword_big_endian = 5,
    link = 6,
    multi_sz = 7,
    resource_list = 8,
    full_resource_descriptor = 9,
    resource_requirements_list = 10,
    qword = 11,
};

/// "REG_DWORD" etc.; "REG_0x1f" style for types Windows does not name.
std::string reg_type_name(reg_type t);

struct reg_value {
    reg_type type = reg_type::none;
    std::vector<std::uint8_t> data;

    static reg_value dword(std::uint32_t v);
    static reg_value qword(std::uint64_t v);
    /// REG_SZ or REG_EXPAND_SZ from UTF-8, stored as UTF-16LE with a terminating NUL.
    static reg_value string(std::string_view utf8, reg_type t = reg_type::sz);
    /// REG_MULTI_SZ: each string NUL-terminated, then a final NUL (an empty list is one NUL char).
    static reg_value multi_string(const std::vector<std::string>& utf8_strings);

    /// The DWORD when type is REG_DWORD and data is 4 bytes.
    std::optional<std::uint32_t> try_as_dword() const;
    std::optional<std::uint64_t> try_as_qword() const;
    /// The text when type is REG_SZ/REG_EXPAND_SZ (trailing NULs dropped).
    std::optional<std::string> try_as_string() const;
    /// The list when type is REG_MULTI_SZ (empty strings at the end dropped, as Windows does).
    std::optional<std::vector<std::string>> try_as_multi_string() const;

    bool operator==(const reg_value&) const = default;
};

/// Short, human-readable rendering of the data: "1", "\"text\"", "{a, b}", "hex: 01 02".
std::string display_data(const reg_value& v);

std::u16string utf8_to_utf16(std::string_view utf8);
std::string utf16_to_utf8(std::u16string_view utf16);
/// Little-endian UTF-16 bytes <-> UTF-8 (odd trailing byte ignored).
std::vector<std::uint8_t> utf8_to_utf16le_bytes(std::string_view utf8);
std::string utf16le_bytes_to_utf8(const std::uint8_t* data, std::size_t size);

}  // namespace sg
