#pragma once
// Text at the Win32 boundary (Windows only): the engine speaks UTF-8, the W
// APIs UTF-16; system error codes become the system's own message text.
#include <windows.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace sg::win {

std::wstring widen(std::string_view utf8);
std::string narrow(std::wstring_view utf16);
/// A path for messages, in UTF-8.
std::string path_text(const std::filesystem::path& p);

/// FormatMessageW's text for a Win32 error code, trimmed, in UTF-8;
/// "error <code>" when the system has no message for it.
std::string system_message(DWORD code);

}  // namespace sg::win
