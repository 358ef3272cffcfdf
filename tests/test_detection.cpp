#include <doctest/doctest.h>

#include <algorithm>

#include "support/faulty_registry.h"
#include "support/snapshot_text.h"
#include "wizard/catalog.h"
#include "wizard/detection.h"

using namespace sg;
using sg::test::snapshot_from_text;

namespace {

std::string product(const char* type) {
    return std::string("[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ProductOptions]\n\"ProductType\"=\"") +
           type + "\"\n\n";
}

std::string service(const std::string& name, int start) {
    return "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\" + name + "]\n\"Start\"=dword:0000000" +
           std::to_string(start) + "\n\"DisplayName\"=\"" + name + " display\"\n\n";
}

std::vector<std::string> role_ids(const scan_result& r) {
    std::vector<std::string> ids;
    for (const auto& role : r.roles) ids.emplace_back(id_of(role.role));
    std::sort(ids.begin(), ids.end());
    return ids;
}

}  // namespace

TEST_SUITE("detection") {
    TEST_CASE("product type decides workstation, server or domain controller") {
        CHECK(scan(*snapshot_from_text(product("WinNT"))).product == product_type::workstation);
        CHECK(scan(*snapshot_from_text(product("ServerNT"))).product == product_type::server);
        auto dc = scan(*snapshot_from_text(product("LanmanNT")));
        CHECK(dc.product == product_type::domain_controller);
        CHECK(dc.has_role(role_id::domain_controller));
        CHECK(scan(*snapshot_from_text(product("servernt"))).product == product_type::server);
        CHECK(scan(*snapshot_from_text("")).product == product_type::unknown);
    }

    TEST_CASE("machine facts: a LanmanNT DC is proven, the build tells SMBv1 before 16299, Start=4 disables") {
        auto build = [](const char* type, const char* number) {
            return product(type) +
                   "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]\n\"CurrentBuild\"=\"" +
                   number + "\"\n\n";
        };
        auto dc = scan(*snapshot_from_text(build("LanmanNT", "17763")));
        CHECK(dc.has_proven_role(role_id::domain_controller));
        CHECK(dc.family == os_family::server2019);
        CHECK(dc.smb1_server.state == feature_state::unknown);
        auto s2016 = scan(*snapshot_from_text(build("ServerNT", "14393")));
        CHECK(s2016.smb1_server.state == feature_state::installed);
        CHECK(s2016.family == os_family::server2016);
        CHECK_FALSE(s2016.has_proven_role(role_id::domain_controller));
        auto win11 = scan(*snapshot_from_text(build("WinNT", "22631")));
        CHECK(win11.family == os_family::windows11);
        // A hint stays a hint: the DC service alone proves nothing.
        auto hinted = scan(*snapshot_from_text(product("ServerNT") + service("NTDS", 2)));
        CHECK(hinted.has_role(role_id::domain_controller));
        CHECK_FALSE(hinted.has_proven_role(role_id::domain_controller));

        auto off = scan(*snapshot_from_text(product("ServerNT") + service("LanmanServer", 4)));
        CHECK(off.server_service.state == service_state::disabled);
        CHECK(off.server_service_off());
        auto on = scan(*snapshot_from_text(product("ServerNT") + service("LanmanServer", 2)));
        CHECK(on.server_service.state == service_state::unknown);  // a snapshot cannot say it runs
        CHECK_FALSE(on.server_service_off());
        live_facts facts;
        facts.server_service_running = false;
        facts.smb1_server = feature_state::not_installed;
        auto stopped = scan(*snapshot_from_text(product("ServerNT") + service("LanmanServer", 2)), facts);
        CHECK(stopped.server_service.state == service_state::stopped);
        CHECK(stopped.server_service.evidence == "service control manager");
        CHECK(stopped.smb1_server.state == feature_state::not_installed);
        // The live answer wins over the build rule: an old build with SMBv1 removed.
        facts.server_service_evidence = "service control manager: LanmanServer is not installed";
        auto removed = scan(*snapshot_from_text(build("ServerNT", "14393")), facts);
        CHECK(removed.smb1_server.state == feature_state::not_installed);
        CHECK(removed.server_service.evidence == "service control manager: LanmanServer is not installed");
    }

    TEST_CASE("Win32_OptionalFeature's InstallState: 1 installed, 2 and 3 not, anything else unknown") {
        CHECK(feature_from_install_state(1) == feature_state::installed);
        CHECK(feature_from_install_state(2) == feature_state::not_installed);  // Disabled
        CHECK(feature_from_install_state(3) == feature_state::not_installed);  // Absent (payload removed)
        CHECK(feature_from_install_state(4) == feature_state::unknown);
        CHECK(feature_from_install_state(0) == feature_state::unknown);
    }

    TEST_CASE("machine name and Windows version come from the registry") {
        auto r = scan(*snapshot_from_text(
            "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName]\n"
            "\"ComputerName\"=\"SQLPROD01\"\n\n"
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]\n"
            "\"ProductName\"=\"Windows Server 2022 Standard\"\n\"CurrentBuild\"=\"20348\"\n\n"));
        CHECK(r.machine_name == "SQLPROD01");
        CHECK(r.os_name == "Windows Server 2022 Standard");
        CHECK(r.os_build == "20348");
    }

    TEST_CASE("Windows 11 says Windows 10 in ProductName; the build number tells") {
        auto r = scan(*snapshot_from_text(
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]\n"
            "\"ProductName\"=\"Windows 10 Pro\"\n\"CurrentBuild\"=\"22631\"\n\n"));
        CHECK(r.os_name == "Windows 11 Pro");
        auto w10 = scan(*snapshot_from_text(
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]\n"
            "\"ProductName\"=\"Windows 10 Pro\"\n\"CurrentBuild\"=\"19045\"\n\n"));
        CHECK(w10.os_name == "Windows 10 Pro");
    }

    TEST_CASE("SQL Server instances with their named-pipes state") {
        std::string sql = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Microsoft SQL Server";
        auto r = scan(*snapshot_from_text(
            "[" + sql + "\\Instance Names\\SQL]\n\"MSSQLSERVER\"=\"MSSQL16.MSSQLSERVER\"\n"
            "\"SQLEXPRESS\"=\"MSSQL16.SQLEXPRESS\"\n\"NOKEYS\"=\"MSSQL16.NOKEYS\"\n\n"
            "[" + sql + "\\MSSQL16.MSSQLSERVER\\MSSQLServer\\SuperSocketNetLib\\Np]\n\"Enabled\"=dword:00000000\n\n"
            "[" + sql + "\\MSSQL16.SQLEXPRESS\\MSSQLServer\\SuperSocketNetLib\\Np]\n\"Enabled\"=dword:00000001\n\n"));
        REQUIRE(r.sql_instances.size() == 3);
        CHECK(r.sql_instances[0].name == "MSSQLSERVER");
        CHECK(r.sql_instances[0].service_name == "MSSQLSERVER");
        CHECK(r.sql_instances[0].named_pipes_enabled == false);
        CHECK(r.sql_instances[1].service_name == "MSSQL$SQLEXPRESS");
        CHECK(r.sql_instances[1].named_pipes_enabled == true);
        CHECK_FALSE(r.sql_instances[2].named_pipes_enabled.has_value());
        CHECK(r.has_role(role_id::sql_server));
        CHECK(r.has_role(role_id::sql_named_pipes));
    }

    TEST_CASE("no SQL instance has named pipes: no sql_named_pipes role") {
        std::string sql = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Microsoft SQL Server";
        auto r = scan(*snapshot_from_text(
            "[" + sql + "\\Instance Names\\SQL]\n\"MSSQLSERVER\"=\"MSSQL16.MSSQLSERVER\"\n\n"
            "[" + sql + "\\MSSQL16.MSSQLSERVER\\MSSQLServer\\SuperSocketNetLib\\Np]\n\"Enabled\"=dword:00000000\n\n"));
        CHECK(r.has_role(role_id::sql_server));
        CHECK_FALSE(r.has_role(role_id::sql_named_pipes));
    }

    TEST_CASE("services show roles; disabled ones are listed but are no evidence") {
        auto r = scan(*snapshot_from_text(service("TermServLicensing", 2) + service("CcmExec", 2) +
                                          service("psexesvc", 3) + service("Browser", 4) +
                                          service("MSSQL$SALES", 2) + service("OracleServiceORCL", 2) +
                                          service("ClusSvc", 2) + service("DFSR", 2) + service("W32Time", 2)));
        CHECK(role_ids(r) == std::vector<std::string>{"dfs", "failover_cluster", "oracle", "psexec",
                                                      "rds_licensing", "sccm_client", "sql_server"});
        CHECK(r.services.size() == 8);  // W32Time is not dependency-relevant
        auto browser = std::find_if(r.services.begin(), r.services.end(),
                                    [](const detected_service& s) { return s.name == "Browser"; });
        REQUIRE(browser != r.services.end());
        CHECK(browser->start == service_start::disabled);
        CHECK(browser->display_name == "Browser display");
    }

    TEST_CASE("shared printers: only those with the shared attribute bit") {
        std::string printers = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Print\\Printers\\";
        auto r = scan(*snapshot_from_text("[" + printers + "Shared one]\n\"Attributes\"=dword:00000a48\n\n[" + printers +
                                          "Local one]\n\"Attributes\"=dword:00000a40\n\n"));
        CHECK(r.shared_printers == std::vector<std::string>{"Shared one"});
        CHECK(r.has_role(role_id::shared_printers));
    }

    TEST_CASE("every catalog value: absent, present, wrong type or unreadable") {
        auto snap = snapshot_from_text(
            std::string("[") + sg::test::lanman_params_key + "]\n\"AutoShareServer\"=dword:00000000\n"
            "\"smb1\"=\"0\"\n\"NullSessionPipes\"=hex(7):00,00\n\n"
            "[" + sg::test::lsa_key + "]\n\"restrictanonymous\"=dword:00000001\n\n");
        sg::test::faulty_registry faulty(*snap);
        faulty.fail_reads_of("RestrictAnonymousSAM");
        auto r = scan(faulty);
        CHECK(r.settings.size() == catalog().size());
        CHECK(r.state_of("AutoShareServer")->status == value_status::present);
        CHECK(r.state_of("AutoShareServer")->value == reg_value::dword(0));
        CHECK(r.state_of("AutoShareWks")->status == value_status::absent);
        CHECK(r.state_of("RestrictAnonymous")->status == value_status::present);  // name case differs
        CHECK(r.state_of("SMB1")->status == value_status::wrong_type);
        CHECK(r.state_of("SMB1")->value->type == reg_type::sz);
        CHECK(r.state_of("NullSessionPipes")->status == value_status::present);
        CHECK(r.state_of("RestrictAnonymousSAM")->status == value_status::unreadable);
        CHECK(r.state_of("RestrictAnonymousSAM")->error.find("injected") != std::string::npos);
    }
}
