// The Windows side of wizard/platform.h (Windows build only, run under Wine):
// CNG SHA-256, durable writes, the administrators-only backup folder, the
// elevation check, ProgramData, the DLL search hardening.
#include <windows.h>

#include <aclapi.h>
#include <sddl.h>

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "support/temp_folder.h"
#include "wizard/errors.h"
#include "wizard/platform.h"
#include "wizard/win/private_folder.h"
#include "wizard/win/unique_handles.h"
#include "wizard/win/win_text.h"

namespace sg::test {

namespace {

// The folder's DACL in SDDL, as the system reports it.
std::string dacl_sddl(const std::filesystem::path& folder) {
    PSECURITY_DESCRIPTOR raw = nullptr;
    REQUIRE(::GetNamedSecurityInfoW(folder.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr,
                                    nullptr, nullptr, &raw) == ERROR_SUCCESS);
    const win::unique_local_ptr<void> sd(raw);
    wchar_t* text = nullptr;
    REQUIRE(::ConvertSecurityDescriptorToStringSecurityDescriptorW(raw, SDDL_REVISION_1, DACL_SECURITY_INFORMATION,
                                                                   &text, nullptr));
    const win::unique_local_ptr<wchar_t> owner(text);
    return win::narrow(text);
}

const std::string private_dacl = "D:P(A;OICI;FA;;;BA)(A;OICI;FA;;;SY)";

bool running_under_wine() {
    HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    return ntdll != nullptr && ::GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

// Gives Everyone read access, as a folder that existed before might.
void set_everyone_read(const std::filesystem::path& folder) {
    PSECURITY_DESCRIPTOR raw = nullptr;
    REQUIRE(::ConvertStringSecurityDescriptorToSecurityDescriptorW(L"D:(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;FR;;;WD)",
                                                                   SDDL_REVISION_1, &raw, nullptr));
    const win::unique_local_ptr<void> sd(raw);
    BOOL present = FALSE;
    BOOL defaulted = FALSE;
    PACL dacl = nullptr;
    REQUIRE(::GetSecurityDescriptorDacl(raw, &present, &dacl, &defaulted));
    std::wstring name = folder.native();
    REQUIRE(::SetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, dacl,
                                    nullptr) == ERROR_SUCCESS);
}

}  // namespace

TEST_SUITE("platform_win") {

TEST_CASE("SHA-256 through CNG matches the FIPS 180-2 test vectors") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex(std::string(1'000'000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("durable writes replace the file whole and leave no temp file behind") {
    temp_folder dir;
    const auto file = dir / "backup.reg";
    write_file_durably(file, std::string("first\r\n\0binary", 15));
    CHECK(read_file(file) == std::string("first\r\n\0binary", 15));
    write_file_durably(file, "second");
    CHECK(read_file(file) == "second");
    write_file_durably(file, "");
    CHECK(read_file(file).empty());
    int entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++entries;
    CHECK(entries == 1);
}

TEST_CASE("appended lines end in LF and accumulate") {
    temp_folder dir;
    const auto file = dir / "journal.log";
    append_line_durably(file, "one");
    append_line_durably(file, "two ü");
    CHECK(read_file(file) == "one\ntwo ü\n");
}

TEST_CASE("file errors name the file and carry the system's reason") {
    temp_folder dir;
    const auto missing = dir / "no-such-folder" / "x.reg";
    try {
        read_file(missing);
        FAIL("no error");
    } catch (const file_error& e) {
        CHECK(e.path() == win::path_text(missing));
        CHECK(std::string(e.what()).find("cannot open") != std::string::npos);
    }
    CHECK_THROWS_AS(write_file_durably(missing, "x"), file_error);
    CHECK_THROWS_AS(append_line_durably(missing, "x"), file_error);
    CHECK_FALSE(std::filesystem::exists(missing.parent_path()));
}

TEST_CASE("the private folder's descriptor: owner Administrators; Administrators and SYSTEM only, protected") {
    PSECURITY_DESCRIPTOR raw = nullptr;
    REQUIRE(::ConvertStringSecurityDescriptorToSecurityDescriptorW(win::private_folder_sddl, SDDL_REVISION_1, &raw,
                                                                   nullptr));
    const win::unique_local_ptr<void> sd(raw);
    wchar_t* text = nullptr;
    REQUIRE(::ConvertSecurityDescriptorToStringSecurityDescriptorW(
        raw, SDDL_REVISION_1, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, &text, nullptr));
    const win::unique_local_ptr<wchar_t> owner(text);
    CHECK(win::narrow(text) == "O:BA" + private_dacl);
}

TEST_CASE("the private folder takes away access for everybody else, new or existing") {
    // Windows keeps the exact access list. Wine 8 keeps file permissions as Unix
    // mode bits and reports a list made from them, so there the check is what
    // matters: no access for Everyone, Users or Authenticated Users.
    const bool exact = !running_under_wine();
    auto others_have_access = [](const std::string& dacl) {
        return dacl.find(";;;WD)") != std::string::npos || dacl.find(";;;BU)") != std::string::npos ||
               dacl.find(";;;AU)") != std::string::npos;
    };
    temp_folder dir;
    const auto nested = dir / "ShareGuard" / "backups";
    create_private_folder(nested);
    REQUIRE(std::filesystem::is_directory(nested));
    CAPTURE(dacl_sddl(nested));
    CHECK_FALSE(others_have_access(dacl_sddl(nested)));
    CHECK_FALSE(others_have_access(dacl_sddl(nested.parent_path())));  // created on the way, so private too
    if (exact) CHECK(dacl_sddl(nested) == private_dacl);

    const auto existing = dir / "existing";
    std::filesystem::create_directory(existing);
    set_everyone_read(existing);
    REQUIRE(others_have_access(dacl_sddl(existing)));
    create_private_folder(existing);
    CAPTURE(dacl_sddl(existing));
    CHECK_FALSE(others_have_access(dacl_sddl(existing)));
    if (exact) CHECK(dacl_sddl(existing) == private_dacl);
    CHECK_NOTHROW(create_private_folder(existing));  // again: nothing to do

    const auto file = dir / "a-file";
    write_file_durably(file, "x");
    CHECK_THROWS_AS(create_private_folder(file), file_error);
}

TEST_CASE("the default backup folder is under ProgramData") {
    const char* program_data = std::getenv("ProgramData");
    REQUIRE(program_data != nullptr);
    const auto folder = default_backup_folder();
    CHECK(folder == std::filesystem::path(win::widen(program_data)) / L"ShareGuard" / L"backups");
}

TEST_CASE("the elevation check reads the process token") {
    // Wine gives its processes an elevated administrator token, as an elevated
    // ShareGuard has on Windows.
    win::unique_kernel_handle token;
    REQUIRE(::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, token.put()));
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    REQUIRE(::GetTokenInformation(token.get(), TokenElevation, &elevation, sizeof elevation, &size));
    CHECK(process_is_elevated() == (elevation.TokenIsElevated != 0));
    CHECK(process_is_elevated());
}

TEST_CASE("UTC timestamps have the ISO 8601 shape") {
    const std::string t = utc_timestamp_now();
    REQUIRE(t.size() == 20);
    CHECK(t[4] == '-');
    CHECK(t[7] == '-');
    CHECK(t[10] == 'T');
    CHECK(t[13] == ':');
    CHECK(t[16] == ':');
    CHECK(t[19] == 'Z');
    CHECK(t.substr(0, 2) == "20");
}

TEST_CASE("DLL search is restricted to System32") {
    CHECK(harden_dll_search());
    // A DLL planted in the working folder: loadable by its full path (so the
    // file itself is fine), but no longer found by its bare name.
    temp_folder dir;
    wchar_t system32[MAX_PATH] = {};
    REQUIRE(::GetSystemDirectoryW(system32, MAX_PATH) > 0);
    const auto planted = dir / "planted-sg.dll";
    std::filesystem::copy_file(std::filesystem::path(system32) / L"version.dll", planted);
    HMODULE by_path = ::LoadLibraryW(planted.c_str());
    REQUIRE(by_path != nullptr);
    REQUIRE(::FreeLibrary(by_path));

    wchar_t previous[MAX_PATH] = {};
    REQUIRE(::GetCurrentDirectoryW(MAX_PATH, previous) > 0);
    REQUIRE(::SetCurrentDirectoryW(dir.path().c_str()));
    HMODULE by_name = ::LoadLibraryW(L"planted-sg.dll");
    ::SetCurrentDirectoryW(previous);
    CHECK(by_name == nullptr);
    if (by_name) ::FreeLibrary(by_name);
}

}  // TEST_SUITE

}  // namespace sg::test
