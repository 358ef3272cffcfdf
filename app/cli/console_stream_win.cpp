// A Windows console is written in UTF-16 (WriteConsoleW): the console's code
// page, whatever it is, then plays no part, and a character is never split
// between two writes. Redirected handles get the UTF-8 bytes.
#include <windows.h>

#include <iostream>
#include <streambuf>
#include <string>

#include "app/cli/console_stream.h"
#include "wizard/reg_value.h"

namespace sg::cli {
namespace {

class console_buffer : public std::streambuf {
public:
    explicit console_buffer(HANDLE console) : console_(console) {}
    ~console_buffer() override { flush_complete(true); }

protected:
    int_type overflow(int_type ch) override {
        if (ch != traits_type::eof()) pending_ += traits_type::to_char_type(ch);
        if (pending_.size() >= 4096 || ch == '\n') flush_complete(false);
        return traits_type::not_eof(ch);
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        pending_.append(s, static_cast<std::size_t>(n));
        if (pending_.size() >= 4096 || pending_.find('\n') != std::string::npos) flush_complete(false);
        return n;
    }
    int sync() override {
        flush_complete(false);
        return 0;
    }

private:
    void flush_complete(bool everything) {
        const std::size_t ready = everything ? pending_.size() : complete_utf8_prefix(pending_);
        if (ready == 0) return;
        const std::u16string wide = utf8_to_utf16(std::string_view(pending_).substr(0, ready));
        const auto* data = reinterpret_cast<const wchar_t*>(wide.data());
        std::size_t left = wide.size();
        while (left > 0) {
            DWORD written = 0;
            const auto chunk = static_cast<DWORD>(left > 8192 ? 8192 : left);
            if (!WriteConsoleW(console_, data, chunk, &written, nullptr) || written == 0) break;
            data += written;
            left -= written;
        }
        pending_.erase(0, ready);
    }

    HANDLE console_;
    std::string pending_;
};

/// The console behind a standard handle, or nullptr when it is redirected.
HANDLE console_of(DWORD which) {
    HANDLE h = GetStdHandle(which);
    DWORD mode = 0;
    return (h != INVALID_HANDLE_VALUE && h != nullptr && GetConsoleMode(h, &mode)) ? h : nullptr;
}

}  // namespace

console_streams open_console_streams() {
    static HANDLE out_console = console_of(STD_OUTPUT_HANDLE);
    static HANDLE err_console = console_of(STD_ERROR_HANDLE);
    static console_buffer out_buffer(out_console);
    static console_buffer err_buffer(err_console);
    static std::ostream out_stream(&out_buffer);
    static std::ostream err_stream(&err_buffer);
    // Redirected: UTF-8 bytes as they are (the code page only matters to a console).
    return {out_console ? out_stream : std::cout, err_console ? err_stream : std::cerr};
}

}  // namespace sg::cli
