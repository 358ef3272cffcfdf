#pragma once
// Where a byte offset sits in UTF-8 text, for error messages that name the
// line and column: both 1-based, the column counting characters, not bytes.
#include <cstddef>
#include <string_view>
#include <utility>

namespace sg {

/// A place in a text file: 1-based line and column (characters); 0 when unknown.
struct text_position {
    int line = 0;
    int column = 0;
};

std::pair<int, int> line_and_column(std::string_view utf8_text, std::size_t byte_offset);

}  // namespace sg
