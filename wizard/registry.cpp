#include "wizard/registry.h"

namespace sg {

std::string registry::machine_name() {
    // Where Windows keeps the NetBIOS name; the active name when the machine
    // was renamed but not yet restarted is one key over (ActiveComputerName).
    static constexpr std::string_view key =
        "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName";
    auto v = find_value(key, "ComputerName");
    if (!v) return {};
    return v->try_as_string().value_or(std::string());
}

}  // namespace sg
