#include "wizard/win/win_text.h"

#include <fmt/format.h>

#include "wizard/reg_value.h"
#include "wizard/win/unique_handles.h"

namespace sg::win {

// wchar_t is UTF-16 on Windows, so the engine's char16_t converters serve the W APIs.
static_assert(sizeof(wchar_t) == sizeof(char16_t));

std::wstring widen(std::string_view utf8) {
    const std::u16string u16 = utf8_to_utf16(utf8);
    return std::wstring(u16.begin(), u16.end());
}

std::string narrow(std::wstring_view utf16) {
    const std::u16string u16(utf16.begin(), utf16.end());
    return utf16_to_utf8(u16);
}

std::string path_text(const std::filesystem::path& p) { return narrow(p.native()); }

std::string system_message(DWORD code) {
    wchar_t* buffer = nullptr;
    const DWORD length = ::FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
        code, 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    const unique_local_ptr<wchar_t> owner(buffer);
    if (length == 0 || buffer == nullptr) return fmt::format("error {}", code);
    std::wstring_view text(buffer, length);
    while (!text.empty() && (text.back() == L'\n' || text.back() == L'\r' || text.back() == L' ' ||
                             text.back() == L'.'))
        text.remove_suffix(1);
    return narrow(text);
}

}  // namespace sg::win
