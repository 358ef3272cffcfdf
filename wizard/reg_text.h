#pragma once
// Text encodings of .reg files: UTF-16LE (regedit's "Unicode"), UTF-8 and the
// ANSI code page of REGEDIT4 files, Windows-1252. The parser works on UTF-8.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sg {

/// UTF-16LE bytes to UTF-8 in one pass (unpaired surrogates become U+FFFD; an
/// odd trailing byte is ignored).
std::string utf16le_to_utf8_text(std::string_view bytes);
/// UTF-8 to UTF-16LE bytes (invalid sequences become U+FFFD).
std::string utf8_to_utf16le_text(std::string_view utf8);
/// Appends the UTF-16LE bytes of UTF-8 text (fast for ASCII).
void append_utf16le(std::vector<std::uint8_t>& out, std::string_view utf8);

/// Offset of the first byte that is not part of valid UTF-8, if any.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

/// Windows-1252 <-> UTF-8. The five bytes 1252 leaves undefined map to the C1
/// controls of the same number (as Windows' MultiByteToWideChar does), so every
/// byte string survives a round trip; characters 1252 lacks become '?'.
std::string windows1252_to_utf8(std::string_view bytes);
std::string utf8_to_windows1252(std::string_view utf8);
/// The same for registry data: ANSI bytes <-> UTF-16LE bytes, one character per byte.
std::vector<std::uint8_t> windows1252_to_utf16le(const std::vector<std::uint8_t>& bytes);
std::vector<std::uint8_t> utf16le_to_windows1252(const std::vector<std::uint8_t>& utf16le);

}  // namespace sg
