#pragma once
// What the target machine runs that depends on IPC$, named pipes over SMB,
// admin shares or anonymous access, and the current state of every catalog
// value. Read only from the registry, so it works the same on a snapshot and
// on a live machine.
#include <optional>
#include <string>
#include <vector>

#include "wizard/reg_value.h"
#include "wizard/registry.h"

namespace sg {

enum class product_type { workstation, server, domain_controller, unknown };  // WinNT / ServerNT / LanmanNT

enum class service_start { boot, system, automatic, manual, disabled, unknown };

struct detected_service {
    std::string name;          ///< SCM name as stored ("MSSQLSERVER")
    std::string display_name;  ///< DisplayName, or ""
    service_start start = service_start::unknown;
};

struct sql_instance {
    std::string name;          ///< "MSSQLSERVER", "SQLEXPRESS"
    std::string instance_id;   ///< "MSSQL16.MSSQLSERVER"
    std::optional<bool> named_pipes_enabled;  ///< nullopt: the Np key is missing or unreadable
    std::string service_name;  ///< "MSSQLSERVER" or "MSSQL$SQLEXPRESS"
};

/// A dependency ShareGuard looks for; `role` is a stable id ("sql_server", "rds_licensing"...).
struct detected_role {
    std::string role;
    std::vector<std::string> evidence;  ///< registry paths or service names that show it
};

enum class value_status { absent, present, wrong_type, unreadable };

struct setting_state {
    std::string setting_id;
    std::string key;           ///< resolved key path
    value_status status = value_status::absent;
    std::optional<reg_value> value;   ///< when present or wrong_type
    std::string error;                ///< when unreadable
};

struct scan_result {
    std::string target;        ///< registry::description()
    std::string machine_name;
    product_type product = product_type::unknown;
    std::string product_type_raw;     ///< "WinNT", "ServerNT", "LanmanNT" or ""
    std::string os_name;              ///< ProductName
    std::string os_build;             ///< CurrentBuild
    std::vector<sql_instance> sql_instances;
    std::vector<detected_service> services;  ///< the dependency-relevant services present
    std::vector<detected_role> roles;
    std::vector<std::string> shared_printers;
    std::vector<setting_state> settings;     ///< one per catalog entry, in catalog order

    bool has_role(std::string_view role) const;
    const setting_state* state_of(std::string_view setting_id) const;
};

scan_result scan(registry& reg);

/// Reads one catalog value's state (absent / present / wrong type / unreadable).
setting_state read_setting_state(registry& reg, const struct setting& s);

}  // namespace sg
