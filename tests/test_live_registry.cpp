// The live Win32 registry target (Windows build only), exercised against
// Wine's registry in the throwaway prefix of the test run: every value type,
// absent vs present, case-insensitive names, Unicode, the error mapping.
// It writes only below HKCU\Software\ShareGuardTest and
// HKLM\SOFTWARE\ShareGuardTest, and refuses to run outside Wine so it never
// touches a real machine's registry.
#include <windows.h>

#include <aclapi.h>
#include <sddl.h>

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "wizard/errors.h"
#include "wizard/reg_value.h"
#include "wizard/registry.h"
#include "wizard/win/live_registry.h"
#include "wizard/win/unique_handles.h"
#include "wizard/win/win_text.h"

namespace sg::test {

namespace {

bool running_under_wine() {
    HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    return ntdll != nullptr && ::GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

/// A key below <root>\ShareGuardTest, unique to the test case, removed with
/// everything under it when the test ends.
class throwaway_key {
public:
    throwaway_key(HKEY root, std::string root_name, std::string software, const std::string& name)
        : root_(root),
          relative_(fmt::format("{}\\ShareGuardTest\\{}-{}", software, name, ::GetCurrentProcessId())),
          path_(root_name + "\\" + relative_) {
        REQUIRE_MESSAGE(running_under_wine(), "the live registry suite only runs in a throwaway Wine prefix");
        remove();
    }
    ~throwaway_key() { remove(); }
    throwaway_key(const throwaway_key&) = delete;
    throwaway_key& operator=(const throwaway_key&) = delete;

    const std::string& path() const { return path_; }
    std::string operator/(std::string_view sub) const { return path_ + "\\" + std::string(sub); }
    std::wstring relative_wide() const { return win::widen(relative_); }
    HKEY root() const { return root_; }

private:
    void remove() const {
        // RegDeleteTreeW leaves the key open handles point to; nothing else holds one here.
        ::RegDeleteTreeW(root_, win::widen(relative_).c_str());
        ::RegDeleteKeyExW(root_, win::widen(relative_).c_str(), KEY_WOW64_64KEY, 0);
    }

    HKEY root_;
    std::string relative_;
    std::string path_;
};

throwaway_key hkcu_key(const std::string& name) {
    return throwaway_key(HKEY_CURRENT_USER, "HKEY_CURRENT_USER", "Software", name);
}

/// One value of every type the registry stores, including types Windows has
/// no name for and odd sizes, so nothing may be reinterpreted on the way.
std::vector<std::pair<std::string, reg_value>> every_type() {
    return {
        {"none", reg_value{reg_type::none, {1, 2, 3}}},
        {"sz", reg_value::string("text with ümlauts and Σ")},
        {"empty sz", reg_value::string("")},
        {"expand sz", reg_value::string("%SystemRoot%\\system32", reg_type::expand_sz)},
        {"binary", reg_value{reg_type::binary, {0x00, 0xFF, 0x10, 0x80}}},
        {"empty binary", reg_value{reg_type::binary, {}}},
        {"dword", reg_value::dword(0xDEADBEEF)},
        {"dword big endian", reg_value{reg_type::dword_big_endian, {0x00, 0x00, 0x01, 0x02}}},
        {"multi sz", reg_value::multi_string({"netlogon", "samr", "sql\\query"})},
        {"empty multi sz", reg_value::multi_string({})},
        {"qword", reg_value::qword(0x0123456789ABCDEFull)},
        {"resource list", reg_value{reg_type::resource_list, {9, 8, 7}}},
        {"type 0x1f", reg_value{static_cast<reg_type>(0x1f), {0x42}}},
        {"sz without NUL", reg_value{reg_type::sz, {'a', 0, 'b', 0}}},
    };
}

// Applies a security descriptor (SDDL) to a key through Win32 directly.
void set_key_sddl(const throwaway_key& key, const wchar_t* sddl) {
    PSECURITY_DESCRIPTOR raw = nullptr;
    REQUIRE(::ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl, SDDL_REVISION_1, &raw, nullptr));
    const win::unique_local_ptr<void> sd(raw);
    win::unique_hkey handle;
    REQUIRE(::RegOpenKeyExW(key.root(), key.relative_wide().c_str(), 0, WRITE_DAC | KEY_WOW64_64KEY,
                            handle.put()) == ERROR_SUCCESS);
    REQUIRE(::RegSetKeySecurity(handle.get(), DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                sd.get()) == ERROR_SUCCESS);
}

}  // namespace

TEST_SUITE("live_registry") {

TEST_CASE("every value type is created, read back, changed and deleted unchanged, in HKCU and HKLM") {
    auto reg = make_live_registry();
    throwaway_key user = hkcu_key("types");
    throwaway_key machine(HKEY_LOCAL_MACHINE, "HKEY_LOCAL_MACHINE", "SOFTWARE", "types");
    for (const throwaway_key* key : {&user, &machine}) {
        CAPTURE(key->path());
        for (const auto& [name, value] : every_type()) {
            CAPTURE(name);
            reg->set_value(key->path(), name, value);
            auto back = reg->find_value(key->path(), name);
            REQUIRE(back.has_value());
            CHECK(back->type == value.type);
            CHECK_MESSAGE(back->data == value.data, "read back ", display_data(*back), " (", back->data.size(),
                          " bytes), wrote ", display_data(value), " (", value.data.size(), " bytes)");
        }
        reg->commit();

        reg->set_value(key->path(), "dword", reg_value::dword(7));
        CHECK(reg->find_value(key->path(), "dword") == reg_value::dword(7));
        // A value may change type, as on Windows.
        reg->set_value(key->path(), "dword", reg_value::string("seven"));
        CHECK(reg->find_value(key->path(), "dword") == reg_value::string("seven"));

        for (const auto& [name, value] : every_type()) {
            reg->delete_value(key->path(), name);
            CHECK_FALSE(reg->find_value(key->path(), name).has_value());
        }
        reg->commit();
        CHECK(reg->value_names(key->path()).empty());
    }
}

TEST_CASE("the Win32 API reads back exactly what the target wrote") {
    // The same bytes through the Win32 API directly: the target adds nothing.
    auto reg = make_live_registry();
    throwaway_key key = hkcu_key("agree");
    reg->set_value(key.path(), "Limit", reg_value::dword(2));
    win::unique_hkey handle;
    REQUIRE(::RegOpenKeyExW(HKEY_CURRENT_USER, key.relative_wide().c_str(), 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY,
                            handle.put()) == ERROR_SUCCESS);
    DWORD type = 0;
    DWORD data = 0;
    DWORD size = sizeof data;
    REQUIRE(::RegQueryValueExW(handle.get(), L"Limit", nullptr, &type, reinterpret_cast<BYTE*>(&data), &size) ==
            ERROR_SUCCESS);
    CHECK(type == REG_DWORD);
    CHECK(data == 2);
    CHECK(size == 4);
}

TEST_CASE("absent keys and values are not errors, and differ from present empty ones") {
    auto reg = make_live_registry();
    throwaway_key key = hkcu_key("absent");
    CHECK_FALSE(reg->key_exists(key.path()));
    CHECK_FALSE(reg->find_value(key.path(), "anything").has_value());
    CHECK(reg->subkey_names(key.path()).empty());
    CHECK(reg->value_names(key.path()).empty());
    CHECK_NOTHROW(reg->delete_value(key.path(), "anything"));
    CHECK_FALSE(reg->key_exists(key.path()));  // deleting does not create

    reg->set_value(key / "child", "", reg_value::string(""));  // creates missing keys on the way
    CHECK(reg->key_exists(key.path()));
    CHECK(reg->key_exists(key / "child"));
    CHECK_FALSE(reg->find_value(key.path(), "").has_value());  // the parent has no default value
    auto empty_default = reg->find_value(key / "child", "");
    REQUIRE(empty_default.has_value());
    CHECK(empty_default->try_as_string() == std::string());
    CHECK_FALSE(reg->find_value(key / "child", "other").has_value());
    CHECK_NOTHROW(reg->delete_value(key / "child", "other"));
}

TEST_CASE("names compare case-insensitively and keep their spelling") {
    auto reg = make_live_registry();
    throwaway_key key = hkcu_key("Case");
    reg->set_value(key / "MixedKey", "AutoShareWks", reg_value::dword(0));

    const std::string other_spelling = "hkey_current_user\\SOFTWARE\\shareguardtest\\" +
                                       key.path().substr(key.path().rfind('\\') + 1) + "\\mixedkey";
    CHECK(reg->key_exists(other_spelling));
    CHECK(reg->find_value(other_spelling, "AUTOSHAREWKS") == reg_value::dword(0));
    CHECK(reg->find_value("HKCU\\Software\\ShareGuardTest\\" + key.path().substr(key.path().rfind('\\') + 1) +
                              "\\MIXEDKEY",
                          "autosharewks") == reg_value::dword(0));

    reg->set_value(other_spelling, "AUTOSHAREWKS", reg_value::dword(1));  // same value, not a second one
    CHECK(reg->value_names(key / "MixedKey") == std::vector<std::string>{"AutoShareWks"});
    CHECK(reg->find_value(key / "MixedKey", "AutoShareWks") == reg_value::dword(1));
    CHECK(reg->subkey_names(key.path()) == std::vector<std::string>{"MixedKey"});

    reg->delete_value(key / "mixedkey", "autosharewks");
    CHECK(reg->value_names(key / "MixedKey").empty());
}

TEST_CASE("Unicode key and value names round-trip") {
    auto reg = make_live_registry();
    throwaway_key key = hkcu_key("unicode");
    const std::string sub = "Grüße Σίσυφος Ключ";
    reg->set_value(key / sub, "Wert-Ω", reg_value::string("Значение"));
    CHECK(reg->subkey_names(key.path()) == std::vector<std::string>{sub});
    CHECK(reg->value_names(key / sub) == std::vector<std::string>{"Wert-Ω"});
    CHECK(reg->find_value(key / sub, "wert-ω") == reg_value::string("Значение"));
}

TEST_CASE("subkeys and values are listed, long names included") {
    auto reg = make_live_registry();
    throwaway_key key = hkcu_key("listing");
    const std::string long_name(200, 'n');
    for (const char* sub : {"b", "a", "c"}) reg->set_value(key / sub, "v", reg_value::dword(1));
    reg->set_value(key / long_name, long_name, reg_value::dword(2));
    reg->set_value(key.path(), "first", reg_value::dword(1));
    reg->set_value(key.path(), "second", reg_value::dword(2));

    auto subkeys = reg->subkey_names(key.path());
    std::sort(subkeys.begin(), subkeys.end());
    CHECK(subkeys == std::vector<std::string>{"a", "b", "c", long_name});
    auto values = reg->value_names(key.path());
    std::sort(values.begin(), values.end());
    CHECK(values == std::vector<std::string>{"first", "second"});
    CHECK(reg->value_names(key / long_name) == std::vector<std::string>{long_name});
}

TEST_CASE("a value of the wrong type is returned as stored, and typed reads refuse it") {
    auto reg = make_live_registry();
    throwaway_key key = hkcu_key("wrongtype");
    reg->set_value(key.path(), "RestrictAnonymous", reg_value::string("1"));
    auto v = reg->find_value(key.path(), "RestrictAnonymous");
    REQUIRE(v.has_value());
    CHECK(v->type == reg_type::sz);
    CHECK_FALSE(v->try_as_dword().has_value());
    CHECK(v->try_as_string() == std::string("1"));

    reg->set_value(key.path(), "Short", reg_value{reg_type::dword, {1, 0}});  // a DWORD of 2 bytes
    auto s = reg->find_value(key.path(), "Short");
    REQUIRE(s.has_value());
    CHECK(s->data.size() == 2);
    CHECK_FALSE(s->try_as_dword().has_value());
}

TEST_CASE("the machine name is read from the live registry") {
    auto reg = make_live_registry();
    REQUIRE(running_under_wine());
    wchar_t name[MAX_COMPUTERNAME_LENGTH + 1] = {};
    DWORD size = MAX_COMPUTERNAME_LENGTH + 1;
    REQUIRE(::GetComputerNameW(name, &size));
    CHECK(reg->machine_name() == win::narrow(std::wstring_view(name, size)));
    CHECK_FALSE(reg->machine_name().empty());
    CHECK(reg->description() == "live");
}

TEST_CASE("a path with an unknown root is an error naming the path") {
    auto reg = make_live_registry();
    REQUIRE(running_under_wine());
    try {
        reg->find_value("HKEY_NO_SUCH_ROOT\\Software", "x");
        FAIL("no error");
    } catch (const registry_error& e) {
        CHECK(e.error_kind() == registry_error::kind::other);
        CHECK(e.key() == "HKEY_NO_SUCH_ROOT\\Software");
        CHECK(std::string(e.what()).find("HKEY_NO_SUCH_ROOT") != std::string::npos);
    }
}

TEST_CASE("Win32 status codes map to error kinds with the system's message") {
    REQUIRE(running_under_wine());
    const std::string key = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa";
    auto denied = registry_error_from_status(ERROR_ACCESS_DENIED, "write", key, "RestrictAnonymous");
    CHECK(denied.error_kind() == registry_error::kind::access_denied);
    CHECK(denied.os_code() == ERROR_ACCESS_DENIED);
    CHECK(denied.key() == key);
    CHECK(denied.value_name() == "RestrictAnonymous");
    const std::string text = denied.what();
    CHECK(text.find(key) != std::string::npos);
    CHECK(text.find("RestrictAnonymous") != std::string::npos);
    CHECK(text.find(win::system_message(ERROR_ACCESS_DENIED)) != std::string::npos);
    CHECK(text.find("error 5") != std::string::npos);
    CHECK_FALSE(win::system_message(ERROR_ACCESS_DENIED).empty());
    CHECK(win::system_message(ERROR_ACCESS_DENIED) != "error 5");  // the system has a text for it

    CHECK(registry_error_from_status(ERROR_REGISTRY_IO_FAILED, "flush", key, {}).error_kind() ==
          registry_error::kind::io);
    CHECK(registry_error_from_status(ERROR_BADDB, "read", key, "x").error_kind() == registry_error::kind::io);
    CHECK(registry_error_from_status(ERROR_INVALID_PARAMETER, "read", key, "x").error_kind() ==
          registry_error::kind::other);
}

TEST_CASE("a key whose ACL forbids writing gives access_denied, and nothing is written") {
    auto reg = make_live_registry();
    throwaway_key key = hkcu_key("denied");
    reg->set_value(key.path(), "Existing", reg_value::dword(1));
    // Everyone may read; nobody may set values. The owner keeps its implicit
    // right to change the ACL, which the end of the test uses to allow removal.
    set_key_sddl(key, L"D:P(A;;KR;;;WD)");
    try {
        reg->set_value(key.path(), "Existing", reg_value::dword(2));
        FAIL("the write went through a read-only ACL");
    } catch (const registry_error& e) {
        CHECK(e.error_kind() == registry_error::kind::access_denied);
        CHECK(e.os_code() == ERROR_ACCESS_DENIED);
        CHECK(e.key() == key.path());
    }
    CHECK_THROWS_AS(reg->delete_value(key.path(), "Existing"), registry_error);
    CHECK(reg->find_value(key.path(), "Existing") == reg_value::dword(1));  // reading still works
    set_key_sddl(key, L"D:P(A;;KA;;;WD)");                                     // so the key can be removed
}

}  // TEST_SUITE

}  // namespace sg::test
