#include "app/session/windows_launch_win.h"

#include <windows.h>

#include <shellapi.h>

#include <stdexcept>

#include "wizard/win/unique_handles.h"
#include "wizard/win/win_text.h"

namespace sg::session {

namespace {

[[noreturn]] void throw_last_error(const char* what) {
    const DWORD code = ::GetLastError();
    throw std::runtime_error(std::string(what) + ": " + win::system_message(code) + " (" + std::to_string(code) + ")");
}

void append_quoted(std::wstring& out, const std::wstring& arg) {
    out += L'"';
    std::size_t backslashes = 0;
    for (const wchar_t c : arg) {
        if (c == L'\\') {
            ++backslashes;
        } else {
            // n backslashes then a quote: 2n+1 backslashes, so the quote stays literal.
            if (c == L'"') out.append(backslashes + 1, L'\\');
            backslashes = 0;
        }
        out += c;
    }
    // Backslashes that end the argument precede the closing quote: doubled.
    out.append(backslashes, L'\\');
    out += L'"';
}

}  // namespace

std::wstring quote_windows_arguments(const std::vector<std::wstring>& args) {
    std::wstring out;
    for (const auto& arg : args) {
        if (!out.empty()) out += L' ';
        append_quoted(out, arg);
    }
    return out;
}

std::wstring own_program_path() {
    // Long paths: grow the buffer until GetModuleFileNameW stops truncating.
    std::wstring path(MAX_PATH, L'\0');
    for (;;) {
        const DWORD length = ::GetModuleFileNameW(nullptr, path.data(), static_cast<DWORD>(path.size()));
        if (length == 0) throw_last_error("GetModuleFileName");
        if (length < path.size()) {
            path.resize(length);
            return path;
        }
        path.resize(path.size() * 2);
    }
}

std::vector<std::wstring> own_arguments() {
    int argc = 0;
    wchar_t** argv = ::CommandLineToArgvW(::GetCommandLineW(), &argc);
    if (!argv) throw_last_error("CommandLineToArgvW");
    const win::unique_local_ptr<wchar_t*> owner(argv);
    return std::vector<std::wstring>(argv + (argc > 0 ? 1 : 0), argv + argc);
}

bool launch_elevated(const std::wstring& program, const std::vector<std::wstring>& args) {
    const std::wstring params = quote_windows_arguments(args);
    SHELLEXECUTEINFOW info{};
    info.cbSize = sizeof(info);
    info.fMask = SEE_MASK_NOASYNC;  // the caller may exit right after
    info.lpVerb = L"runas";
    info.lpFile = program.c_str();
    info.lpParameters = params.empty() ? nullptr : params.c_str();
    info.nShow = SW_SHOWNORMAL;
    if (::ShellExecuteExW(&info)) return true;
    if (::GetLastError() == ERROR_CANCELLED) return false;  // the user said no to UAC
    throw_last_error("ShellExecuteEx runas");
}

}  // namespace sg::session
