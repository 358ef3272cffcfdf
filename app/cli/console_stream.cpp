#include "app/cli/console_stream.h"

namespace sg::cli {

std::size_t complete_utf8_prefix(std::string_view utf8) {
    // Look back over at most three continuation bytes for the start of the last sequence.
    const std::size_t n = utf8.size();
    for (std::size_t back = 1; back <= 4 && back <= n; ++back) {
        const auto byte = static_cast<unsigned char>(utf8[n - back]);
        if ((byte & 0xC0) == 0x80) continue;  // a continuation byte
        const std::size_t length = byte < 0x80 ? 1 : (byte & 0xE0) == 0xC0 ? 2 : (byte & 0xF0) == 0xE0 ? 3
                                 : (byte & 0xF8) == 0xF0                   ? 4
                                                                           : 1;  // invalid: pass it on
        return length > back ? n - back : n;
    }
    return n;  // only continuation bytes: not ours to hold back
}

}  // namespace sg::cli
