#pragma once
// One interface for every registry ShareGuard reads or writes: the live Win32
// registry, an offline .reg snapshot, and (in tests) a target that fails on command.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wizard/reg_value.h"

namespace sg {

/// Key paths are full paths with a root: "HKEY_LOCAL_MACHINE\SYSTEM\...".
/// Names compare case-insensitively. The empty value name is the key's default value.
/// Every method throws registry_error on failure; absence is not a failure.
class registry {
public:
    virtual ~registry() = default;

    /// What this registry is, for reports and backup headers: "snapshot /x/y.reg" or "live".
    virtual std::string description() const = 0;
    /// The machine's name as the registry records it (ComputerName), or "" when unknown.
    virtual std::string machine_name();

    virtual bool key_exists(std::string_view key) = 0;
    /// Names of the direct subkeys, in stored order; empty when the key is absent.
    virtual std::vector<std::string> subkey_names(std::string_view key) = 0;
    /// Names of the key's values, in stored order; empty when the key is absent.
    virtual std::vector<std::string> value_names(std::string_view key) = 0;
    /// The value, or nullopt when the key or value is absent.
    virtual std::optional<reg_value> find_value(std::string_view key, std::string_view name) = 0;

    /// Creates missing keys on the way.
    virtual void set_value(std::string_view key, std::string_view name, const reg_value& value) = 0;
    /// Removes the value; does nothing when it is absent.
    virtual void delete_value(std::string_view key, std::string_view name) = 0;
    /// Makes the writes so far durable (a snapshot rewrites its file when its
    /// content changed; the live registry flushes the touched keys).
    virtual void commit() = 0;
};

}  // namespace sg
