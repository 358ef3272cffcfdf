// The sentences. Every user-visible English string is wrapped in tr() so the
// GUI can translate it; fmt fills in the data.
#include "app/text/describe.h"

#include <fmt/format.h>

#include "app/text/translate.h"

namespace sg::text {
namespace {

std::string join(const std::vector<std::string>& items, std::string_view separator = ", ") {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

std::string answers_list(const std::vector<std::string>& ids) {
    std::vector<std::string> titles;
    for (const auto& id : ids) titles.push_back("\"" + question_title(id) + "\"");
    return join(titles, "; ");
}

}  // namespace

std::string question_title(std::string_view id) {
    if (id == "sql_named_pipes") return tr("SQL Server clients connect over named pipes");
    if (id == "remote_admin_shares")
        return tr("Remote administration uses the admin shares (SCCM client push, PsExec, backup agents)");
    if (id == "domain_controller") return tr("This computer is a domain controller");
    if (id == "rds_licensing") return tr("This computer is a Remote Desktop licensing server");
    if (id == "print_sharing") return tr("Printers are shared with other computers");
    if (id == "computer_browser") return tr("The Computer Browser service is used");
    if (id == "failover_cluster") return tr("This computer is a failover cluster node");
    if (id == "dfs") return tr("DFS Namespaces or DFS Replication run here");
    if (id == "oracle_named_pipes") return tr("Oracle clients connect over named pipes (NMP)");
    if (id == "remote_sam_enumeration")
        return tr("Applications list local users and groups remotely without admin rights (e.g. Exchange 2013/2016)");
    if (id == "legacy_anonymous")
        return tr("Legacy systems need anonymous access (Windows NT 4.0 trusts, Windows 9x/NT clients, old NAS)");
    if (id == "smb1_clients") return tr("Clients or devices still need SMBv1 (Windows XP/2003, old NAS or scanners)");
    return std::string(id);
}

std::string question_why(std::string_view id) {
    if (id == "sql_named_pipes")
        return tr("Named pipes reach SQL Server through IPC$ on TCP 445; ShareGuard then keeps every share.");
    if (id == "remote_admin_shares")
        return tr("Client push and PsExec copy files to ADMIN$; block would remove ADMIN$ and C$.");
    if (id == "domain_controller")
        return tr("Domain members open the netlogon, samr and lsarpc pipes anonymously; they must stay allowed.");
    if (id == "rds_licensing")
        return tr("License requests use the HydraLSPipe and TermServLicensing pipes anonymously.");
    if (id == "print_sharing") return tr("Shared printing uses the SPOOLSS pipe through IPC$ and the PRINT$ share.");
    if (id == "computer_browser")
        return tr("The browser needs the BROWSER pipe anonymously and SMBv1; it is disabled on current Windows.");
    if (id == "failover_cluster") return tr("Cluster nodes talk SMB to each other (witness, redirected I/O).");
    if (id == "dfs") return tr("DFS serves and replicates through SMB shares and RPC over named pipes.");
    if (id == "oracle_named_pipes")
        return tr("Oracle uses TCP by default; only its configuration files say whether NMP is used. Check them.");
    if (id == "remote_sam_enumeration")
        return tr("Restricting remote SAM calls to administrators would break such applications.");
    if (id == "legacy_anonymous")
        return tr("Anonymous enumeration restrictions break these systems; answering yes weakens the machine.");
    if (id == "smb1_clients") return tr("Switching the SMBv1 server off cuts these clients off.");
    return {};
}

std::string role_name(std::string_view role) {
    if (role == "sql_server") return tr("SQL Server");
    if (role == "sql_named_pipes") return tr("SQL Server with named pipes enabled");
    if (role == "sql_browser") return tr("SQL Server Browser");
    if (role == "domain_controller") return tr("Domain controller");
    if (role == "rds_licensing") return tr("Remote Desktop licensing server");
    if (role == "sccm_client") return tr("Configuration Manager (SCCM) client");
    if (role == "sccm_site_server") return tr("Configuration Manager (SCCM) site server");
    if (role == "psexec") return tr("PsExec-style remote administration (PSEXESVC)");
    if (role == "print_spooler") return tr("Print Spooler");
    if (role == "shared_printers") return tr("Shared printers");
    if (role == "computer_browser") return tr("Computer Browser");
    if (role == "dfs") return tr("DFS Namespaces / Replication");
    if (role == "failover_cluster") return tr("Failover cluster");
    if (role == "remote_registry") return tr("Remote Registry");
    if (role == "oracle") return tr("Oracle Database");
    if (role == "exchange") return tr("Exchange Server");
    if (role == "server_service") return tr("Server service (LanmanServer, creates IPC$)");
    return std::string(role);
}

std::string product_name(product_type p) {
    switch (p) {
        case product_type::workstation: return tr("Workstation (WinNT)");
        case product_type::server: return tr("Server (ServerNT)");
        case product_type::domain_controller: return tr("Domain controller (LanmanNT)");
        case product_type::unknown: return tr("Unknown product type");
    }
    return {};
}

std::string strategy_name(strategy s) { return s == strategy::block ? tr("Block") : tr("Restrict"); }

std::string strategy_summary(strategy s) {
    if (s == strategy::block)
        return tr("Block: stop Windows from creating the default admin shares (C$, D$..., ADMIN$) by setting "
                  "AutoShareServer and AutoShareWks to 0, and restrict anonymous access. IPC$ stays: the Server "
                  "service always recreates it; what anonymous users reach through it is limited by the anonymous "
                  "restrictions. Takes effect after the Server service restarts.");
    return tr("Restrict: keep the default shares and IPC$, and limit what anonymous (null-session) users can "
              "reach: no anonymous enumeration of accounts and shares, anonymous pipes limited to what this "
              "machine's roles need, no anonymous shares.");
}

std::string reason_text(const reason& why) {
    if (!why.text.empty()) return why.text;
    const auto& c = why.code;
    if (c == "no_share_dependency")
        return tr("No answer says anything here depends on the admin shares, IPC$ or named pipes, so ShareGuard "
                  "recommends block. This removes C$, D$... and ADMIN$; IPC$ stays.");
    if (c == "forced_block")
        return why.answers.empty()
                   ? tr("You chose block.")
                   : fmt::format(fmt::runtime(tr("You chose block although {} depends on shares or named pipes. "
                                                 "Block removes the admin shares (not IPC$).")),
                                 answers_list(why.answers));
    if (c == "keep_shares")
        return fmt::format(fmt::runtime(tr("1: Windows creates the admin shares, because of {}. Restrict leaves "
                                           "every share in place, so nothing reached through the Server service "
                                           "changes.")),
                           answers_list(why.answers));
    if (c == "forced_restrict") return tr("You chose restrict: the admin shares are kept (1).");
    if (c == "autoshare_other_edition")
        return fmt::format(fmt::runtime(tr("This edition reads {}; the other value is written too because Microsoft "
                                           "documents the server/workstation split in no single statement.")),
                           why.params.empty() ? std::string() : why.params.front());
    if (c == "anonymous_baseline")
        return fmt::format(fmt::runtime(tr("Anonymous restriction that belongs to both strategies ({}); written "
                                           "explicitly because audits read the registry, not defaults.")),
                           join(why.params));
    if (c == "anonymous_baseline_dc")
        return fmt::format(fmt::runtime(tr("Anonymous restriction ({}). Microsoft says it has no impact on domain "
                                           "controllers; written so audits find the value.")),
                           join(why.params));
    if (c == "legacy_needs_anonymous")
        return fmt::format(fmt::runtime(tr("Set to 0 because of {}: legacy systems need anonymous enumeration. "
                                           "This is weaker than the baseline.")),
                           answers_list(why.answers));
    if (c == "no_anonymous_pipes")
        return tr("No role here needs a pipe anonymously: empty list (Microsoft best practice).");
    if (c == "pipes_for_roles")
        return fmt::format(fmt::runtime(tr("Only the pipes these roles open anonymously: {} (for {}).")),
                           join(why.params), answers_list(why.answers));
    if (c == "no_anonymous_shares") return tr("No share is reachable anonymously (DISA STIG; Microsoft documentation).");
    if (c == "remote_sam_baseline")
        return tr("Only local Administrators may query SAM remotely (DISA STIG V-253457).");
    if (c == "remote_sam_not_for_dc") return tr("Not applicable to domain controllers (STIG): left as it is.");
    if (c == "remote_sam_needed")
        return fmt::format(fmt::runtime(tr("Left as it is because of {}.")), answers_list(why.answers));
    if (c == "smb1_baseline") return tr("SMBv1 server off (Microsoft Security Guide).");
    if (c == "smb1_needed")
        return fmt::format(fmt::runtime(tr("Left as it is because of {}: ShareGuard never switches SMBv1 on.")),
                           answers_list(why.answers));
    if (c == "custom_profile") return tr("Set by the custom profile (it gives no reason).");
    if (c == "outside_scope")
        return tr("Not about IPC$, admin shares or anonymous access: left as it is.");
    return c;
}

std::string warning_text(std::string_view code) {
    if (code == "ipc_stays")
        return tr("IPC$ is not removed: the Server service recreates it. Only stopping the Server service or "
                  "blocking TCP 445/139 removes it, and that ends all file and printer sharing.");
    if (code == "monitoring_alerts")
        return tr("Security monitoring may raise alerts: disabling admin share creation matches common EDR/SIEM "
                  "rules (SigmaHQ, ATT&CK T1070.005). Tell your security team first.");
    if (code == "breaks_admin_shares")
        return tr("Something here uses the admin shares (SCCM client push, PsExec, backup agents): it stops working "
                  "once ADMIN$ and C$ are gone.");
    if (code == "against_answers")
        return tr("This goes against your answers: services you said depend on shares or named pipes may break.");
    return std::string(code);
}

std::string restart_text(restart_need r) {
    switch (r) {
        case restart_need::none: return tr("none");
        case restart_need::server_service: return tr("restart the Server service");
        case restart_need::reboot: return tr("reboot");
        case restart_need::new_logon: return tr("new logons");
    }
    return {};
}

std::string risk_text(risk_level r) {
    switch (r) {
        case risk_level::low: return tr("low");
        case risk_level::medium: return tr("medium");
        case risk_level::high: return tr("high");
    }
    return {};
}

std::string action_text(change_action a) {
    switch (a) {
        case change_action::none: return tr("no change");
        case change_action::create: return tr("create");
        case change_action::change: return tr("change");
        case change_action::remove: return tr("delete");
    }
    return {};
}

std::string status_text(value_status s) {
    switch (s) {
        case value_status::absent: return tr("absent");
        case value_status::present: return tr("present");
        case value_status::wrong_type: return tr("wrong type");
        case value_status::unreadable: return tr("unreadable");
    }
    return {};
}

std::string value_text(const std::optional<reg_value>& v) {
    return v ? display_data(*v) : tr("absent");
}

std::string outcome_text(write_outcome o) {
    switch (o) {
        case write_outcome::unchanged: return tr("unchanged");
        case write_outcome::written: return tr("written and verified");
        case write_outcome::rolled_back: return tr("rolled back");
        case write_outcome::failed: return tr("failed");
        case write_outcome::not_attempted: return tr("not attempted");
        case write_outcome::rollback_failed: return tr("ROLLBACK FAILED");
    }
    return {};
}

std::string run_status_text(run_status s) {
    switch (s) {
        case run_status::success: return tr("All changes written and verified.");
        case run_status::nothing_to_do: return tr("Nothing to do: every value already has its target.");
        case run_status::stale_plan:
            return tr("A value changed since the preview; nothing was written. Scan again.");
        case run_status::backup_failed: return tr("The backup could not be written; nothing was changed.");
        case run_status::rolled_back: return tr("A write failed; every change was rolled back.");
        case run_status::rollback_failed:
            return tr("A write failed and rolling back failed too: the registry differs from before. Restore the "
                      "backup.");
    }
    return {};
}

std::string builtin_profile_description(std::string_view name) {
    if (name == "sql-server-host") return tr("SQL Server host with named pipes: restrict.");
    if (name == "file-print-server")
        return tr("File and print server managed with admin shares (SCCM push, PsExec): restrict.");
    if (name == "workstation") return tr("Workstation with nothing depending on shares: block.");
    if (name == "domain-controller") return tr("Domain controller: restrict, with the DC's anonymous pipes.");
    if (name == "rds-licensing-server") return tr("Remote Desktop licensing server: restrict, licensing pipes kept.");
    if (name == "locked-down") return tr("Standalone locked-down server, nothing depending on shares: block.");
    return {};
}

}  // namespace sg::text
