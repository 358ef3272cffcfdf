#pragma once
// Where the console companion writes. Redirected output (a file, a pipe, a
// help-desk script) is UTF-8 bytes. A Windows console gets UTF-16 through
// WriteConsoleW, so Chinese text is right whatever the console's code page
// (console_stream_win.cpp); elsewhere the terminal takes UTF-8.
#include <cstddef>
#include <ostream>
#include <string_view>

namespace sg::cli {

struct console_streams {
    std::ostream& out;
    std::ostream& err;
};

/// stdout and stderr as described above (made once per process).
console_streams open_console_streams();

/// How many leading bytes of `utf8` form complete UTF-8 sequences: a sequence cut
/// off at the end (written in two pieces) waits for its rest.
std::size_t complete_utf8_prefix(std::string_view utf8);

}  // namespace sg::cli
