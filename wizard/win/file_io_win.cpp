// Durable file writes and the private backup folder on Windows.
#include <windows.h>

#include <aclapi.h>
#include <sddl.h>

#include <fmt/format.h>

#include <string>
#include <system_error>
#include <vector>

#include "wizard/errors.h"
#include "wizard/platform.h"
#include "wizard/win/private_folder.h"
#include "wizard/win/unique_handles.h"
#include "wizard/win/win_text.h"

namespace sg {

namespace {

using win::path_text;
using win::system_message;
using win::unique_file_handle;

[[noreturn]] void fail(const std::filesystem::path& file, std::string_view what, DWORD code) {
    throw file_error(path_text(file), fmt::format("{}: {} (error {})", what, system_message(code), code));
}

void write_all(HANDLE handle, const std::filesystem::path& file, std::string_view bytes) {
    while (!bytes.empty()) {
        const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(bytes.size(), 1u << 30));
        DWORD written = 0;
        if (!::WriteFile(handle, bytes.data(), chunk, &written, nullptr)) fail(file, "cannot write", ::GetLastError());
        bytes.remove_prefix(written);
    }
}

struct security_descriptor {
    win::unique_local_ptr<void> owner;
    PSECURITY_DESCRIPTOR get() const { return owner.get(); }
};

security_descriptor private_folder_descriptor(const std::filesystem::path& folder) {
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!::ConvertStringSecurityDescriptorToSecurityDescriptorW(win::private_folder_sddl, SDDL_REVISION_1, &sd, nullptr))
        fail(folder, "cannot build the folder's access list", ::GetLastError());
    return {win::unique_local_ptr<void>(sd)};
}

// Makes a folder that existed before private: Administrators become its owner
// (a user who created it first would otherwise keep the owner's right to change
// its access again) and the DACL is replaced; Windows passes the inheritable
// entries on to what the folder holds. A link (junction, symbolic link) is
// refused: it could point the backups anywhere.
void protect_existing_folder(const std::filesystem::path& folder, const security_descriptor& sd) {
    const DWORD attributes = ::GetFileAttributesW(folder.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) fail(folder, "cannot read the folder's attributes", ::GetLastError());
    if (attributes & FILE_ATTRIBUTE_REPARSE_POINT)
        throw file_error(path_text(folder), "is a link (junction or symbolic link), not a folder");

    BOOL present = FALSE;
    BOOL defaulted = FALSE;
    PACL dacl = nullptr;
    PSID owner = nullptr;
    if (!::GetSecurityDescriptorDacl(sd.get(), &present, &dacl, &defaulted) || !present ||
        !::GetSecurityDescriptorOwner(sd.get(), &owner, &defaulted) || owner == nullptr)
        fail(folder, "cannot read the folder's access list", ::GetLastError());
    // Through a handle (FILE_FLAG_BACKUP_SEMANTICS opens folders; the reparse
    // flag keeps a link swapped in meanwhile from being followed).
    unique_file_handle handle(::CreateFileW(folder.c_str(), READ_CONTROL | WRITE_DAC | WRITE_OWNER,
                                            FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                            OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT,
                                            nullptr));
    if (!handle) fail(folder, "cannot open the folder to restrict it", ::GetLastError());
    // SetSecurityInfo sets the folder and, on Windows, passes the inheritable
    // entries on to its files and subfolders (old backups included). Then
    // SetKernelObjectSecurity puts the exact descriptor on the folder itself:
    // the same on Windows, and the only call Wine applies to files (its
    // SetSecurityInfo recomputes the folder's access from the parent's).
    constexpr SECURITY_INFORMATION what =
        OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION;
    const DWORD status = ::SetSecurityInfo(handle.get(), SE_FILE_OBJECT, what, owner, nullptr, dacl, nullptr);
    if (status != ERROR_SUCCESS) fail(folder, "cannot restrict the folder to administrators", status);
    if (!::SetKernelObjectSecurity(handle.get(), what, sd.get()))
        fail(folder, "cannot restrict the folder to administrators", ::GetLastError());
}

}  // namespace

namespace {

/// Writes the bytes to a new sibling of `file` and flushes them to disk; returns its path.
std::filesystem::path write_flushed_sibling(const std::filesystem::path& file, std::string_view bytes) {
    std::filesystem::path temp = file;
    temp += L".tmp-" + std::to_wstring(::GetCurrentProcessId()) + L"-" + std::to_wstring(::GetCurrentThreadId());
    unique_file_handle handle(
        ::CreateFileW(temp.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!handle) fail(file, "cannot create", ::GetLastError());
    try {
        write_all(handle.get(), temp, bytes);
        if (!::FlushFileBuffers(handle.get())) fail(file, "cannot flush to disk", ::GetLastError());
    } catch (...) {
        handle.reset();
        ::DeleteFileW(temp.c_str());
        throw;
    }
    return temp;
}

}  // namespace

void write_file_durably(const std::filesystem::path& file, std::string_view bytes) {
    // A sibling temp file, flushed, then swapped in: a crash leaves either the
    // old file or the new one, never a half-written one.
    const auto temp = write_flushed_sibling(file, bytes);
    // MOVEFILE_WRITE_THROUGH returns only once the rename is on disk (the
    // folder entry included: no separate folder flush on Windows).
    if (!::MoveFileExW(temp.c_str(), file.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        const DWORD code = ::GetLastError();
        ::DeleteFileW(temp.c_str());
        fail(file, "cannot replace", code);
    }
}

bool try_write_new_file_durably(const std::filesystem::path& file, std::string_view bytes) {
    const auto temp = write_flushed_sibling(file, bytes);
    // Without MOVEFILE_REPLACE_EXISTING the move fails when the name is taken,
    // so of two writers racing for one name exactly one wins.
    if (::MoveFileExW(temp.c_str(), file.c_str(), MOVEFILE_WRITE_THROUGH)) return true;
    const DWORD code = ::GetLastError();
    ::DeleteFileW(temp.c_str());
    if (code == ERROR_ALREADY_EXISTS || code == ERROR_FILE_EXISTS) return false;
    fail(file, "cannot create", code);
}

void append_line_durably(const std::filesystem::path& file, std::string_view line) {
    // FILE_APPEND_DATA without FILE_WRITE_DATA: every write goes to the end.
    unique_file_handle handle(::CreateFileW(file.c_str(), FILE_APPEND_DATA, FILE_SHARE_READ, nullptr, OPEN_ALWAYS,
                                            FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!handle) fail(file, "cannot open for appending", ::GetLastError());
    std::string text(line);
    text += '\n';
    write_all(handle.get(), file, text);
    if (!::FlushFileBuffers(handle.get())) fail(file, "cannot flush to disk", ::GetLastError());
}

std::string read_file(const std::filesystem::path& file) {
    unique_file_handle handle(::CreateFileW(file.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                                            OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!handle) fail(file, "cannot open", ::GetLastError());
    std::string bytes;
    char buffer[64 * 1024];
    for (;;) {
        DWORD read = 0;
        if (!::ReadFile(handle.get(), buffer, sizeof buffer, &read, nullptr)) fail(file, "cannot read", ::GetLastError());
        if (read == 0) break;
        bytes.append(buffer, read);
    }
    return bytes;
}

void create_private_folder(const std::filesystem::path& folder) {
    const std::filesystem::path absolute = std::filesystem::absolute(folder);
    std::error_code ec;
    if (std::filesystem::exists(absolute, ec) && !std::filesystem::is_directory(absolute, ec))
        throw file_error(path_text(absolute), "exists and is not a folder");
    const security_descriptor sd = private_folder_descriptor(absolute);
    SECURITY_ATTRIBUTES attributes{sizeof(SECURITY_ATTRIBUTES), sd.get(), FALSE};

    // Missing folders on the way are created private too (ProgramData\ShareGuard
    // holds nothing but our folders); folders that exist keep their access,
    // except the target itself, which is made private.
    std::vector<std::filesystem::path> missing;
    for (auto p = absolute; !p.empty() && p != p.root_path(); p = p.parent_path()) {
        if (std::filesystem::is_directory(p, ec)) break;
        missing.push_back(p);
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (!::CreateDirectoryW(it->c_str(), &attributes)) {
            const DWORD code = ::GetLastError();
            if (code != ERROR_ALREADY_EXISTS) fail(*it, "cannot create folder", code);
        }
    }
    if (missing.empty()) protect_existing_folder(absolute, sd);
}

}  // namespace sg
