#pragma once
// What the target machine runs that depends on IPC$, named pipes over SMB,
// admin shares or anonymous access, and the current state of every catalog
// value. Read only from the registry, so it works the same on a snapshot and
// on a live machine.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "wizard/ownership.h"
#include "wizard/reg_value.h"
#include "wizard/registry.h"
#include "wizard/vocabulary.h"

namespace sg {

enum class product_type { workstation, server, domain_controller, unknown };  // WinNT / ServerNT / LanmanNT

/// The Windows release family that baselines (DISA STIG) are written for.
enum class os_family { windows10, windows11, server2016, server2019, server2022, server2025, unknown };

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

/// A dependency ShareGuard looks for (vocabulary.h lists them).
struct detected_role {
    role_id role;
    std::vector<std::string> evidence;  ///< registry paths or service names that show it
    /// The evidence proves the role (ProductType LanmanNT is a domain controller whatever an
    /// answer says); otherwise it is a hint the administrator confirms or corrects.
    bool proven = false;
};

enum class feature_state { installed, not_installed, unknown };
enum class service_state { running, stopped, disabled, unknown };

/// Win32_OptionalFeature's InstallState: 1 Enabled, 2 Disabled, 3 Absent, 4 Unknown
/// (learn.microsoft.com win32-optionalfeature). Disabled and Absent both mean the
/// feature's code is not installed; anything else is unknown.
feature_state feature_from_install_state(std::uint32_t install_state);

/// A fact about the machine with what showed it.
template <typename State>
struct machine_fact {
    State state = State::unknown;
    std::string evidence;  ///< "ProductType ... build 14393", "WMI Win32_OptionalFeature..." or ""
};

/// What only the running Windows can tell (WMI, the service manager). A snapshot
/// has none of it; the scan then judges from the registry alone.
struct live_facts {
    std::optional<feature_state> smb1_server;
    std::string smb1_evidence;
    std::optional<bool> server_service_running;
    std::string server_service_evidence;
    /// The registry scanned is this running machine's: an absent key is absent,
    /// not left out of an export (ownership.h, R4 and R7).
    bool live_machine = false;
    /// The Security CSE's cached templates (policy_templates.h), read on the running Windows only.
    std::optional<template_cache> security_templates;
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
    os_family family = os_family::unknown;  ///< from the product type and the build
    std::vector<sql_instance> sql_instances;
    std::vector<detected_service> services;  ///< the dependency-relevant services present
    std::vector<detected_role> roles;
    std::vector<std::string> shared_printers;
    std::vector<setting_state> settings;     ///< one per catalog entry, in catalog order
    /// Whether the SMBv1 server is installed at all (not installed on clean installs of
    /// Windows 10 1709+ / Server 2019+; KB4034314). Unknown on a snapshot of such a build.
    machine_fact<feature_state> smb1_server;
    /// The Server service (LanmanServer) creates every share, IPC$ included (KB3034016):
    /// stopped or disabled, no share is offered at all.
    machine_fact<service_state> server_service;
    /// Per catalog value, whether a domain GPO or MDM owns it (ownership.h).
    policy_ownership ownership;

    bool has_role(role_id role) const;
    bool has_proven_role(role_id role) const;
    /// The Server service is known not to run: share settings wait until it does.
    bool server_service_off() const;
    const setting_state* state_of(std::string_view setting_id) const;
};

scan_result scan(registry& reg, const live_facts& facts = {});

/// Reads one catalog value's state (absent / present / wrong type / unreadable).
setting_state read_setting_state(registry& reg, const struct setting& s);

}  // namespace sg
