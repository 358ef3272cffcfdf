#include "wizard/win/live_registry.h"

#include <windows.h>

#include <fmt/format.h>

#include <array>
#include <map>
#include <optional>
#include <vector>

#include "wizard/reg_path.h"
#include "wizard/win/unique_handles.h"
#include "wizard/win/win_text.h"

namespace sg {

namespace {

using win::unique_hkey;
using win::widen;

struct root_key {
    std::string_view name;
    HKEY handle;
};

const std::array<root_key, 5> root_keys = {{
    {"HKEY_LOCAL_MACHINE", HKEY_LOCAL_MACHINE},
    {"HKEY_CURRENT_USER", HKEY_CURRENT_USER},
    {"HKEY_CLASSES_ROOT", HKEY_CLASSES_ROOT},
    {"HKEY_USERS", HKEY_USERS},
    {"HKEY_CURRENT_CONFIG", HKEY_CURRENT_CONFIG},
}};

// A key path split into the predefined root and the path below it.
struct key_location {
    HKEY root;
    std::wstring subkey;
};

key_location locate(std::string_view key) {
    const std::string normalized = normalize_key_path(key);
    const std::size_t slash = normalized.find('\\');
    const std::string_view root_name = std::string_view(normalized).substr(0, slash);
    for (const auto& r : root_keys) {
        if (r.name == root_name)
            return {r.handle, slash == std::string::npos ? std::wstring() : widen(normalized.substr(slash + 1))};
    }
    throw registry_error(registry_error::kind::other, std::string(key), {}, ERROR_BAD_PATHNAME,
                         fmt::format("no registry root key named '{}' in '{}'", root_name, key));
}

// The 64-bit view everywhere, so a 32-bit build could never be redirected to
// WOW6432Node (and this 64-bit one states its intent).
constexpr REGSAM view = KEY_WOW64_64KEY;

// Opens the key; nullopt when it does not exist.
std::optional<unique_hkey> open_key(std::string_view key, REGSAM access) {
    const key_location where = locate(key);
    unique_hkey handle;
    const LSTATUS status = ::RegOpenKeyExW(where.root, where.subkey.c_str(), 0, access | view, handle.put());
    if (status == ERROR_FILE_NOT_FOUND) return std::nullopt;
    if (status != ERROR_SUCCESS) throw registry_error_from_status(status, "open", key, {});
    return handle;
}

unique_hkey create_key(std::string_view key, REGSAM access) {
    const key_location where = locate(key);
    unique_hkey handle;
    const LSTATUS status = ::RegCreateKeyExW(where.root, where.subkey.c_str(), 0, nullptr,
                                             REG_OPTION_NON_VOLATILE, access | view, nullptr, handle.put(), nullptr);
    if (status != ERROR_SUCCESS) throw registry_error_from_status(status, "create", key, {});
    return handle;
}

struct key_info {
    DWORD subkeys = 0;
    DWORD max_subkey_chars = 0;
    DWORD values = 0;
    DWORD max_value_name_chars = 0;
};

key_info query_info(HKEY handle, std::string_view key) {
    key_info info;
    const LSTATUS status =
        ::RegQueryInfoKeyW(handle, nullptr, nullptr, nullptr, &info.subkeys, &info.max_subkey_chars, nullptr,
                           &info.values, &info.max_value_name_chars, nullptr, nullptr, nullptr);
    if (status != ERROR_SUCCESS) throw registry_error_from_status(status, "query", key, {});
    return info;
}

class live_registry final : public registry {
public:
    std::string description() const override { return "live"; }

    bool key_exists(std::string_view key) override { return open_key(key, KEY_QUERY_VALUE).has_value(); }

    std::vector<std::string> subkey_names(std::string_view key) override {
        std::vector<std::string> names;
        const auto handle = open_key(key, KEY_ENUMERATE_SUB_KEYS | KEY_QUERY_VALUE);
        if (!handle) return names;
        const key_info info = query_info(handle->get(), key);
        std::wstring buffer(info.max_subkey_chars + 1, L'\0');
        for (DWORD index = 0;; ++index) {
            DWORD chars = static_cast<DWORD>(buffer.size());
            const LSTATUS status =
                ::RegEnumKeyExW(handle->get(), index, buffer.data(), &chars, nullptr, nullptr, nullptr, nullptr);
            if (status == ERROR_NO_MORE_ITEMS) break;
            if (status == ERROR_MORE_DATA) {  // a longer subkey appeared since the query
                buffer.resize(buffer.size() * 2);
                --index;
                continue;
            }
            if (status != ERROR_SUCCESS) throw registry_error_from_status(status, "enumerate subkeys of", key, {});
            names.push_back(win::narrow(std::wstring_view(buffer.data(), chars)));
        }
        return names;
    }

    std::vector<std::string> value_names(std::string_view key) override {
        std::vector<std::string> names;
        const auto handle = open_key(key, KEY_QUERY_VALUE);
        if (!handle) return names;
        const key_info info = query_info(handle->get(), key);
        std::wstring buffer(info.max_value_name_chars + 1, L'\0');
        for (DWORD index = 0;; ++index) {
            DWORD chars = static_cast<DWORD>(buffer.size());
            const LSTATUS status =
                ::RegEnumValueW(handle->get(), index, buffer.data(), &chars, nullptr, nullptr, nullptr, nullptr);
            if (status == ERROR_NO_MORE_ITEMS) break;
            if (status == ERROR_MORE_DATA) {
                buffer.resize(buffer.size() * 2);
                --index;
                continue;
            }
            if (status != ERROR_SUCCESS) throw registry_error_from_status(status, "enumerate values of", key, {});
            names.push_back(win::narrow(std::wstring_view(buffer.data(), chars)));
        }
        return names;
    }

    std::optional<reg_value> find_value(std::string_view key, std::string_view name) override {
        const auto handle = open_key(key, KEY_QUERY_VALUE);
        if (!handle) return std::nullopt;
        const std::wstring wide_name = widen(name);
        DWORD type = 0;
        DWORD size = 0;
        LSTATUS status = ::RegQueryValueExW(handle->get(), wide_name.c_str(), nullptr, &type, nullptr, &size);
        // The value may grow between the size query and the read: retry until it fits.
        std::vector<std::uint8_t> data;
        while (status == ERROR_SUCCESS || status == ERROR_MORE_DATA) {
            data.resize(size);
            status = ::RegQueryValueExW(handle->get(), wide_name.c_str(), nullptr, &type,
                                        data.empty() ? nullptr : data.data(), &size);
            if (status == ERROR_SUCCESS) {
                data.resize(size);
                return reg_value{static_cast<reg_type>(type), std::move(data)};
            }
        }
        if (status == ERROR_FILE_NOT_FOUND) return std::nullopt;
        throw registry_error_from_status(status, "read", key, name);
    }

    void set_value(std::string_view key, std::string_view name, const reg_value& value) override {
        const unique_hkey handle = create_key(key, KEY_SET_VALUE);
        // RegSetValueExW "helps" with string types: when the data's last UTF-16
        // unit is not NUL but the unit just past the data is, it stores one
        // more unit (the NUL), so an unterminated string would not be stored
        // as it was read. A non-NUL guard past the data keeps the bytes exact,
        // which a restore needs.
        std::vector<std::uint8_t> buffer;
        buffer.reserve(value.data.size() + 4);
        buffer.assign(value.data.begin(), value.data.end());
        buffer.insert(buffer.end(), {0xFF, 0xFF, 0xFF, 0xFF});
        const LSTATUS status = ::RegSetValueExW(handle.get(), widen(name).c_str(), 0, static_cast<DWORD>(value.type),
                                                buffer.data(), static_cast<DWORD>(value.data.size()));
        if (status != ERROR_SUCCESS) throw registry_error_from_status(status, "write", key, name);
        touched_.try_emplace(key_identity(key), key);
    }

    void delete_value(std::string_view key, std::string_view name) override {
        const auto handle = open_key(key, KEY_SET_VALUE);
        if (!handle) return;
        const LSTATUS status = ::RegDeleteValueW(handle->get(), widen(name).c_str());
        if (status == ERROR_FILE_NOT_FOUND) return;
        if (status != ERROR_SUCCESS) throw registry_error_from_status(status, "delete", key, name);
        touched_.try_emplace(key_identity(key), key);
    }

    void commit() override {
        // RegFlushKey writes the key's hive to disk before returning; the lazy
        // flusher would otherwise do it within seconds, but a crash or power
        // loss before then would lose writes the backup journal calls done.
        for (auto it = touched_.begin(); it != touched_.end();) {
            const auto handle = open_key(it->second, KEY_QUERY_VALUE);
            if (handle) {
                const LSTATUS status = ::RegFlushKey(handle->get());
                if (status != ERROR_SUCCESS) throw registry_error_from_status(status, "flush", it->second, {});
            }
            it = touched_.erase(it);
        }
    }

private:
    std::map<std::string, std::string> touched_;  // key identity -> key path as written
};

registry_error::kind kind_of(long status) {
    switch (status) {
    case ERROR_ACCESS_DENIED:
        return registry_error::kind::access_denied;
    case ERROR_REGISTRY_IO_FAILED:
    case ERROR_REGISTRY_CORRUPT:
    case ERROR_BADDB:
    case ERROR_CANTREAD:
    case ERROR_CANTWRITE:
    case ERROR_CANTOPEN:
    case ERROR_DISK_FULL:
        return registry_error::kind::io;
    default:
        return registry_error::kind::other;
    }
}

}  // namespace

registry_error registry_error_from_status(long status, std::string_view operation, std::string_view key,
                                          std::string_view value_name) {
    std::string what = fmt::format("{} {}", operation, key);
    if (!value_name.empty()) what += fmt::format(" [{}]", value_name);
    what += fmt::format(": {} (error {})", win::system_message(static_cast<DWORD>(status)), status);
    return registry_error(kind_of(status), std::string(key), std::string(value_name), status, what);
}

std::unique_ptr<registry> make_live_registry() { return std::make_unique<live_registry>(); }

}  // namespace sg
