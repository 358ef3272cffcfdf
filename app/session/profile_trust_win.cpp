// Windows: reads the DACL and owner of the profile file and of its folder and
// reports every principal other than Administrators, SYSTEM, TrustedInstaller
// and the account running ShareGuard that may change them (write, append, change permissions or
// owner, delete; in the folder: add or delete files, which replaces the profile).
#include <windows.h>

#include <aclapi.h>
#include <sddl.h>

#include <fmt/format.h>

#include <string>
#include <vector>

#include "app/session/profile_trust.h"
#include "wizard/reg_value.h"

namespace sg::session {

namespace {

struct local_memory {
    HLOCAL memory = nullptr;
    ~local_memory() {
        if (memory) LocalFree(memory);
    }
};

std::string narrow(const std::wstring& w) {
    return utf16_to_utf8(std::u16string_view(reinterpret_cast<const char16_t*>(w.data()), w.size()));
}

/// "BUILTIN\Users", or the SID string when the name cannot be looked up.
std::string account_name(PSID sid) {
    wchar_t name[256];
    wchar_t domain[256];
    DWORD name_size = 256;
    DWORD domain_size = 256;
    SID_NAME_USE use;
    if (LookupAccountSidW(nullptr, sid, name, &name_size, domain, &domain_size, &use)) {
        std::wstring full = domain_size > 0 ? std::wstring(domain) + L"\\" + name : std::wstring(name);
        return narrow(full);
    }
    LPWSTR text = nullptr;
    if (ConvertSidToStringSidW(sid, &text)) {
        local_memory owned{text};
        return narrow(text);
    }
    return "(unknown account)";
}

bool is_well_known(PSID sid, WELL_KNOWN_SID_TYPE type) { return IsWellKnownSid(sid, type) != FALSE; }

/// NT SERVICE\TrustedInstaller, which owns Windows' own files.
bool is_trusted_installer(PSID sid) {
    LPWSTR text = nullptr;
    if (!ConvertSidToStringSidW(sid, &text)) return false;
    local_memory owned{text};
    return std::wstring(text) == L"S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464";
}

/// The account running ShareGuard: it applies the profile anyway (elevated), so
/// its own files are no weaker than the tool itself (as on POSIX).
bool is_current_user(PSID sid) {
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) return false;
    std::vector<unsigned char> buffer(256);
    DWORD size = 0;
    BOOL ok = GetTokenInformation(token, TokenUser, buffer.data(), static_cast<DWORD>(buffer.size()), &size);
    if (!ok && GetLastError() == ERROR_INSUFFICIENT_BUFFER) {
        buffer.resize(size);
        ok = GetTokenInformation(token, TokenUser, buffer.data(), static_cast<DWORD>(buffer.size()), &size);
    }
    CloseHandle(token);
    if (!ok) return false;
    auto* user = reinterpret_cast<TOKEN_USER*>(buffer.data());
    return EqualSid(user->User.Sid, sid) != FALSE;
}

bool is_trusted(PSID sid) {
    return is_well_known(sid, WinBuiltinAdministratorsSid) || is_well_known(sid, WinLocalSystemSid) ||
           is_trusted_installer(sid) || is_current_user(sid);
}

/// CREATOR OWNER entries only describe inheritance; the real owner is checked separately.
bool is_placeholder(PSID sid) { return is_well_known(sid, WinCreatorOwnerSid); }

}  // namespace

void check_path_trust(const std::filesystem::path& path, bool is_folder, std::vector<trust_problem>& problems) {
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    DWORD status = GetNamedSecurityInfoW(path.wstring().c_str(), SE_FILE_OBJECT,
                                         OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, &owner, nullptr,
                                         &dacl, nullptr, &descriptor);
    if (status != ERROR_SUCCESS) {
        problems.push_back({trust_problem::kind::unknown, path, fmt::format("Windows error {}", status)});
        return;
    }
    local_memory owned{descriptor};

    // The owner may always rewrite the DACL, so it must be trusted too.
    if (owner && !is_trusted(owner))
        problems.push_back({trust_problem::kind::untrusted_owner, path, account_name(owner)});

    if (!dacl) {  // a NULL DACL grants everyone full access
        problems.push_back({trust_problem::kind::writable_by_others, path, "Everyone"});
        return;
    }
    const ACCESS_MASK file_writes = FILE_WRITE_DATA | FILE_APPEND_DATA | WRITE_DAC | WRITE_OWNER | DELETE |
                                    GENERIC_WRITE | GENERIC_ALL;
    const ACCESS_MASK folder_writes = FILE_ADD_FILE | FILE_DELETE_CHILD | WRITE_DAC | WRITE_OWNER | GENERIC_WRITE |
                                      GENERIC_ALL;
    const ACCESS_MASK writes = is_folder ? folder_writes : file_writes;
    for (DWORD i = 0; i < dacl->AceCount; ++i) {
        void* ace = nullptr;
        if (!GetAce(dacl, i, &ace)) continue;
        auto* header = static_cast<ACE_HEADER*>(ace);
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE) continue;  // deny entries only take rights away
        if (header->AceFlags & INHERIT_ONLY_ACE) continue;         // applies to children, not to this object
        auto* allowed = static_cast<ACCESS_ALLOWED_ACE*>(ace);
        PSID sid = &allowed->SidStart;
        if ((allowed->Mask & writes) == 0 || is_trusted(sid) || is_placeholder(sid)) continue;
        problems.push_back({trust_problem::kind::writable_by_others, path, account_name(sid)});
    }
}

}  // namespace sg::session
