// Process and machine facts on Windows.
#include <windows.h>

#include <knownfolders.h>
#include <sddl.h>
#include <shlobj.h>

#include <vector>

#include <fmt/format.h>

#include "wizard/errors.h"
#include "wizard/platform.h"
#include "wizard/win/unique_handles.h"
#include "wizard/win/win_text.h"

namespace sg {

bool process_is_elevated() {
    win::unique_kernel_handle token;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, token.put())) return false;
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    if (!::GetTokenInformation(token.get(), TokenElevation, &elevation, sizeof elevation, &size)) return false;
    return elevation.TokenIsElevated != 0;
}

std::string current_account_name() {
    win::unique_kernel_handle token;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, token.put())) return "(unknown account)";
    DWORD size = 0;
    ::GetTokenInformation(token.get(), TokenUser, nullptr, 0, &size);
    std::vector<unsigned char> buffer(size);
    if (size == 0 || !::GetTokenInformation(token.get(), TokenUser, buffer.data(), size, &size))
        return "(unknown account)";
    PSID sid = reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid;
    wchar_t name[256], domain[256];
    DWORD name_size = 256, domain_size = 256;
    SID_NAME_USE use{};
    if (::LookupAccountSidW(nullptr, sid, name, &name_size, domain, &domain_size, &use))
        return domain_size > 0 ? win::narrow(domain) + "\\" + win::narrow(name) : win::narrow(name);
    // No name (a deleted account, no domain controller reachable): the SID still says who.
    wchar_t* text = nullptr;
    if (!::ConvertSidToStringSidW(sid, &text)) return "(unknown account)";
    const win::unique_local_ptr<wchar_t> owner(text);
    return win::narrow(text);
}

std::filesystem::path default_backup_folder() {
    PWSTR raw = nullptr;
    const HRESULT hr = ::SHGetKnownFolderPath(FOLDERID_ProgramData, KF_FLAG_DEFAULT, nullptr, &raw);
    const win::unique_co_task_mem_ptr<wchar_t> owner(raw);  // freed even on failure, as documented
    if (FAILED(hr) || raw == nullptr)
        throw file_error("%ProgramData%", fmt::format("SHGetKnownFolderPath failed: HRESULT 0x{:08X}",
                                                      static_cast<unsigned long>(hr)));
    return std::filesystem::path(raw) / L"ShareGuard" / L"backups";
}

std::string utc_timestamp_now() {
    SYSTEMTIME t{};
    ::GetSystemTime(&t);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", t.wYear, t.wMonth, t.wDay, t.wHour, t.wMinute,
                       t.wSecond);
}

bool harden_dll_search() {
    // An elevated program must never load a DLL planted in its working or
    // download folder. SetDefaultDllDirectories exists on Windows 8+ and on
    // Windows 7 / 2008 R2 with KB2533623, so it is looked up, not imported
    // (a static import would stop the program from starting without the update).
    ::SetDllDirectoryW(L"");  // drops the current directory from the search path everywhere
    using set_default_dll_directories_fn = BOOL(WINAPI*)(DWORD);
    HMODULE kernel32 = ::GetModuleHandleW(L"kernel32.dll");
    if (kernel32 == nullptr) return false;
    auto set_default = reinterpret_cast<set_default_dll_directories_fn>(
        reinterpret_cast<void*>(::GetProcAddress(kernel32, "SetDefaultDllDirectories")));
    return set_default != nullptr && set_default(LOAD_LIBRARY_SEARCH_SYSTEM32) != FALSE;
}

}  // namespace sg
