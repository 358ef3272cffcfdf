#include "wizard/detection.h"

#include <algorithm>
#include <cstdlib>

#include "wizard/catalog.h"
#include "wizard/errors.h"
#include "wizard/reg_path.h"

namespace sg {
namespace {

constexpr std::string_view services_key = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services";
constexpr std::string_view sql_root = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Microsoft SQL Server";
constexpr std::string_view printers_key = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Print\\Printers";
constexpr std::string_view oracle_root = "HKEY_LOCAL_MACHINE\\SOFTWARE\\ORACLE";
constexpr std::uint32_t printer_attribute_shared = 0x00000008;  // PRINTER_ATTRIBUTE_SHARED

std::string key_under(std::string_view parent, std::string_view child) {
    std::string k(parent);
    k += '\\';
    k += child;
    return k;
}

std::string read_string(registry& reg, std::string_view key, std::string_view name) {
    auto v = reg.find_value(key, name);
    return v ? v->try_as_string().value_or(std::string()) : std::string();
}

service_start start_from(std::optional<reg_value> v) {
    auto start = v ? v->try_as_dword() : std::nullopt;
    if (!start) return service_start::unknown;
    switch (*start) {
        case 0: return service_start::boot;
        case 1: return service_start::system;
        case 2: return service_start::automatic;
        case 3: return service_start::manual;
        case 4: return service_start::disabled;
        default: return service_start::unknown;
    }
}

bool starts_with_folded(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && names_equal(text.substr(0, prefix.size()), prefix);
}

/// Services whose presence (not disabled) shows a dependency. Names are SCM names;
/// the reference marks several as "check on a real host" (†) — they are the
/// documented default names.
struct service_rule {
    std::string_view service;   ///< exact name, or a prefix when ending in '*'
    role_id role;
};
constexpr service_rule service_rules[] = {
    {"MSSQLSERVER", role_id::sql_server},
    {"MSSQL$*", role_id::sql_server},
    {"SQLBrowser", role_id::sql_browser},
    {"NTDS", role_id::domain_controller},
    {"TermServLicensing", role_id::rds_licensing},
    {"CcmExec", role_id::sccm_client},
    {"SMS_EXECUTIVE", role_id::sccm_site_server},
    {"PSEXESVC", role_id::psexec},
    {"Spooler", role_id::print_spooler},
    {"Browser", role_id::computer_browser},
    {"Dfs", role_id::dfs},
    {"DFSR", role_id::dfs},
    {"ClusSvc", role_id::failover_cluster},
    {"RemoteRegistry", role_id::remote_registry},
    {"OracleService*", role_id::oracle},
    {"MSExchangeIS", role_id::exchange},
    {"MSExchangeADTopology", role_id::exchange},
    {"LanmanServer", role_id::server_service},
};

bool rule_matches(const service_rule& rule, std::string_view name) {
    if (!rule.service.empty() && rule.service.back() == '*')
        return starts_with_folded(name, rule.service.substr(0, rule.service.size() - 1));
    return names_equal(rule.service, name);
}

void add_role(scan_result& r, role_id role, std::string evidence) {
    for (auto& existing : r.roles) {
        if (existing.role == role) {
            existing.evidence.push_back(std::move(evidence));
            return;
        }
    }
    r.roles.push_back({role, {std::move(evidence)}});
}

/// Server releases by their build numbers; client builds 10240-21999 are Windows 10,
/// 22000 and later Windows 11.
os_family family_of(product_type product, int build) {
    if (build <= 0 || product == product_type::unknown) return os_family::unknown;
    if (product == product_type::workstation) {
        if (build >= 22000) return os_family::windows11;
        return build >= 10240 ? os_family::windows10 : os_family::unknown;
    }
    switch (build) {
        case 14393: return os_family::server2016;
        case 17763: return os_family::server2019;
        case 20348: return os_family::server2022;
        case 26100: return os_family::server2025;
        default: return os_family::unknown;
    }
}

void detect_product(registry& reg, scan_result& r) {
    r.product_type_raw = read_string(reg, "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ProductOptions",
                                     "ProductType");
    if (names_equal(r.product_type_raw, "WinNT")) r.product = product_type::workstation;
    else if (names_equal(r.product_type_raw, "ServerNT")) r.product = product_type::server;
    else if (names_equal(r.product_type_raw, "LanmanNT")) r.product = product_type::domain_controller;
    else r.product = product_type::unknown;

    constexpr std::string_view current_version = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
    r.os_name = read_string(reg, current_version, "ProductName");
    r.os_build = read_string(reg, current_version, "CurrentBuild");
    if (r.os_build.empty()) r.os_build = read_string(reg, current_version, "CurrentBuildNumber");
    // Windows 11 still says "Windows 10" in ProductName; only the build number (22000+) tells.
    if (starts_with_folded(r.os_name, "Windows 10") && std::atoi(r.os_build.c_str()) >= 22000)
        r.os_name.replace(0, 10, "Windows 11");
    r.machine_name = reg.machine_name();
    r.family = family_of(r.product, std::atoi(r.os_build.c_str()));
}

void detect_services(registry& reg, scan_result& r) {
    for (const auto& name : reg.subkey_names(services_key)) {
        const service_rule* matched = nullptr;
        for (const auto& rule : service_rules)
            if (rule_matches(rule, name)) { matched = &rule; break; }
        if (!matched) continue;
        auto key = key_under(services_key, name);
        detected_service svc{name, read_string(reg, key, "DisplayName"), start_from(reg.find_value(key, "Start"))};
        // A disabled service cannot serve anything; list it, but it is no evidence of a dependency.
        if (svc.start != service_start::disabled) add_role(r, matched->role, "service " + name);
        r.services.push_back(std::move(svc));
    }
}

void detect_sql(registry& reg, scan_result& r) {
    auto names_key = key_under(sql_root, "Instance Names\\SQL");
    for (const auto& instance : reg.value_names(names_key)) {
        sql_instance inst;
        inst.name = instance;
        inst.instance_id = read_string(reg, names_key, instance);
        inst.service_name = names_equal(instance, "MSSQLSERVER") ? std::string("MSSQLSERVER") : "MSSQL$" + instance;
        if (!inst.instance_id.empty()) {
            auto np_key = key_under(sql_root, inst.instance_id + "\\MSSQLServer\\SuperSocketNetLib\\Np");
            try {
                auto enabled = reg.find_value(np_key, "Enabled");
                if (enabled && enabled->try_as_dword()) inst.named_pipes_enabled = *enabled->try_as_dword() != 0;
            } catch (const registry_error&) {
                // Unreadable: leave unknown; the question stays for the administrator to answer.
            }
            if (inst.named_pipes_enabled.value_or(false))
                add_role(r, role_id::sql_named_pipes, np_key + "\\Enabled = 1");
        }
        add_role(r, role_id::sql_server, "SQL Server instance " + instance);
        r.sql_instances.push_back(std::move(inst));
    }
}

void detect_printers(registry& reg, scan_result& r) {
    for (const auto& printer : reg.subkey_names(printers_key)) {
        auto attributes = reg.find_value(key_under(printers_key, printer), "Attributes");
        auto bits = attributes ? attributes->try_as_dword() : std::nullopt;
        if (bits && (*bits & printer_attribute_shared)) {
            r.shared_printers.push_back(printer);
            add_role(r, role_id::shared_printers, "shared printer " + printer);
        }
    }
}

void detect_oracle(registry& reg, scan_result& r) {
    for (const auto& home : reg.subkey_names(oracle_root))
        if (starts_with_folded(home, "KEY_")) add_role(r, role_id::oracle, key_under(oracle_root, home));
}

void detect_roles_from_product(scan_result& r) {
    if (r.product != product_type::domain_controller) return;
    add_role(r, role_id::domain_controller, "ProductType " + r.product_type_raw);
    for (auto& role : r.roles)
        if (role.role == role_id::domain_controller) role.proven = true;
}

/// Windows 10 1709 / Server 1709 (build 16299) is the first release whose clean
/// install leaves the SMBv1 server out; every earlier one ships it installed (KB4034314).
constexpr int first_build_without_smb1 = 16299;

void detect_smb1_server(scan_result& r, const live_facts& facts) {
    if (facts.smb1_server) {
        r.smb1_server = {*facts.smb1_server, facts.smb1_evidence};
        return;
    }
    const int build = std::atoi(r.os_build.c_str());
    if (build > 0 && build < first_build_without_smb1)
        r.smb1_server = {feature_state::installed, "build " + r.os_build + " (before 16299: SMBv1 ships installed)"};
    else
        // In-place upgrades may keep SMBv1 (KB4034314) and no registry value proves
        // either way, so a snapshot of a newer build cannot tell.
        r.smb1_server = {feature_state::unknown, build > 0 ? "build " + r.os_build : std::string()};
}

void detect_server_service(registry& reg, scan_result& r, const live_facts& facts) {
    const auto key = key_under(services_key, "LanmanServer");
    const auto start = start_from(reg.find_value(key, "Start"));
    if (start == service_start::disabled)
        r.server_service = {service_state::disabled, key + "\\Start = 4"};
    else if (facts.server_service_running)
        r.server_service = {*facts.server_service_running ? service_state::running : service_state::stopped,
                            facts.server_service_evidence.empty() ? "service control manager"
                                                                  : facts.server_service_evidence};
    else
        r.server_service = {service_state::unknown, {}};
}

}  // namespace

feature_state feature_from_install_state(std::uint32_t install_state) {
    switch (install_state) {
        case 1: return feature_state::installed;
        case 2:
        case 3: return feature_state::not_installed;
        default: return feature_state::unknown;
    }
}

bool scan_result::has_role(role_id role) const {
    return std::any_of(roles.begin(), roles.end(), [&](const detected_role& d) { return d.role == role; });
}

bool scan_result::has_proven_role(role_id role) const {
    return std::any_of(roles.begin(), roles.end(),
                       [&](const detected_role& d) { return d.role == role && d.proven; });
}

bool scan_result::server_service_off() const {
    return server_service.state == service_state::disabled || server_service.state == service_state::stopped;
}

const setting_state* scan_result::state_of(std::string_view setting_id) const {
    for (const auto& s : settings)
        if (names_equal(s.setting_id, setting_id)) return &s;
    return nullptr;
}

setting_state read_setting_state(registry& reg, const setting& s) {
    setting_state state;
    state.setting_id = s.id;
    state.key = s.key;
    try {
        state.value = reg.find_value(s.key, s.value_name);
        if (!state.value) state.status = value_status::absent;
        else if (state.value->type != s.type) state.status = value_status::wrong_type;
        else state.status = value_status::present;
    } catch (const registry_error& e) {
        state.status = value_status::unreadable;
        state.value.reset();
        state.error = e.what();
    }
    return state;
}

scan_result scan(registry& reg, const live_facts& facts) {
    scan_result r;
    r.target = reg.description();
    detect_product(reg, r);
    detect_roles_from_product(r);
    detect_services(reg, r);
    detect_smb1_server(r, facts);
    detect_server_service(reg, r, facts);
    detect_sql(reg, r);
    detect_printers(reg, r);
    detect_oracle(reg, r);
    for (const auto& s : catalog()) r.settings.push_back(read_setting_state(reg, s));
    r.ownership = detect_ownership(reg, {facts.live_machine, facts.security_templates});
    return r;
}

}  // namespace sg
