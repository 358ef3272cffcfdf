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

/// A value outside its enum, from a bad cast: marked as what it is so nobody reads
/// it as a sentence. English on purpose: it reports a bug, not something to translate.
template <typename Id>
std::string unknown_id(std::string_view kind, Id value) {
    return fmt::format("(unknown {}: {})", kind, static_cast<long long>(value));
}

std::string answers_list(const std::vector<question_id>& ids) {
    std::vector<std::string> titles;
    for (const auto& id : ids) titles.push_back("\"" + question_title(id) + "\"");
    return join(titles, "; ");
}

}  // namespace

std::string question_title(question_id id) {
    switch (id) {
        case question_id::sql_named_pipes: return tr("SQL Server clients connect over named pipes");
        case question_id::remote_admin_shares:
            return tr("Remote administration uses the admin shares (SCCM client push, PsExec, backup agents)");
        case question_id::domain_controller: return tr("This computer is a domain controller");
        case question_id::rds_licensing: return tr("This computer is a Remote Desktop licensing server");
        case question_id::print_sharing: return tr("Printers are shared with other computers");
        case question_id::computer_browser: return tr("The Computer Browser service is used");
        case question_id::failover_cluster: return tr("This computer is a failover cluster node");
        case question_id::dfs: return tr("DFS Namespaces or DFS Replication run here");
        case question_id::oracle_named_pipes: return tr("Oracle clients connect over named pipes (NMP)");
        case question_id::remote_sam_enumeration:
            return tr("Applications list local users and groups remotely without admin rights (e.g. Exchange "
                      "2013/2016)");
        case question_id::legacy_anonymous:
            return tr("Legacy systems need anonymous access (Windows NT 4.0 trusts, Windows 9x/NT clients, old NAS)");
        case question_id::smb1_clients:
            return tr("Clients or devices still need SMBv1 (Windows XP/2003, old NAS or scanners)");
    }
    return unknown_id("question", id);
}

std::string question_why(question_id id) {
    switch (id) {
        case question_id::sql_named_pipes:
            return tr("Named-pipe clients reach SQL Server through IPC$ on TCP 445, which stays with either strategy; "
                      "the admin shares play no part. Whether anonymous SQL-authentication clients also need the "
                      "SQL\\QUERY pipe open to null sessions is unconfirmed.");
        case question_id::remote_admin_shares:
            return tr("Client push and PsExec copy files to ADMIN$; block would remove ADMIN$ and C$.");
        case question_id::domain_controller:
            return tr("Domain members open the netlogon, samr and lsarpc pipes anonymously; they must stay allowed.");
        case question_id::rds_licensing:
            return tr("License requests use the HydraLSPipe and TermServLicensing pipes anonymously.");
        case question_id::print_sharing:
            return tr("Shared printing uses the SPOOLSS pipe through IPC$ and the PRINT$ share.");
        case question_id::computer_browser:
            return tr("The browser needs the BROWSER pipe anonymously and SMBv1; it is disabled on current Windows.");
        case question_id::failover_cluster:
            return tr("Cluster nodes use SMB between each other (file share witness, redirected I/O); whether setup or "
                      "validation uses ADMIN$ or C$ is unconfirmed.");
        case question_id::dfs:
            return tr("DFS Namespaces management uses the NETDFS pipe through IPC$ (MS-DFSNM); DFS Replication uses "
                      "authenticated RPC over TCP, not named pipes (MS-FRS2).");
        case question_id::oracle_named_pipes:
            return tr("Oracle uses TCP by default; only its configuration files say whether NMP is used. Check them.");
        case question_id::remote_sam_enumeration:
            return tr("Restricting remote SAM calls to administrators would break such applications.");
        case question_id::legacy_anonymous:
            return tr("NT 4.0 trusts need anonymous enumeration of SAM accounts and the netlogon, lsarpc and samr "
                      "pipes; answering yes keeps them open, below Windows' own default for SAM enumeration.");
        case question_id::smb1_clients: return tr("Switching the SMBv1 server off cuts these clients off.");
    }
    return unknown_id("question", id);
}

std::string role_name(role_id role) {
    switch (role) {
        case role_id::sql_server: return tr("SQL Server");
        case role_id::sql_named_pipes: return tr("SQL Server with named pipes enabled");
        case role_id::sql_browser: return tr("SQL Server Browser");
        case role_id::domain_controller: return tr("Domain controller");
        case role_id::rds_licensing: return tr("Remote Desktop licensing server");
        case role_id::sccm_client: return tr("Configuration Manager (SCCM) client");
        case role_id::sccm_site_server: return tr("Configuration Manager (SCCM) site server");
        case role_id::psexec: return tr("PsExec-style remote administration (PSEXESVC)");
        case role_id::print_spooler: return tr("Print Spooler");
        case role_id::shared_printers: return tr("Shared printers");
        case role_id::computer_browser: return tr("Computer Browser");
        case role_id::dfs: return tr("DFS Namespaces / Replication");
        case role_id::failover_cluster: return tr("Failover cluster");
        case role_id::remote_registry: return tr("Remote Registry");
        case role_id::oracle: return tr("Oracle Database");
        case role_id::exchange: return tr("Exchange Server");
        case role_id::server_service: return tr("Server service (LanmanServer, creates IPC$)");
    }
    return unknown_id("role", role);
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
                  "service creates it (KB3034016) and these values do not apply to it (KB954422); what anonymous "
                  "users reach through it is limited by the anonymous restrictions. The admin shares go once the "
                  "Server service restarts.");
    return tr("Restrict: keep the default shares and IPC$, and limit what anonymous (null-session) users can "
              "reach: no anonymous enumeration of accounts and shares, anonymous pipes limited to what this "
              "machine's roles need, no anonymous shares.");
}

std::string reason_text(const reason& why) {
    if (!why.text.empty()) return why.text;
    const auto c = why.code;
    switch (c) {
        case reason_code::no_share_dependency:
            return tr("No answer says anything here uses ADMIN$ or C$, so ShareGuard recommends block: C$, D$... and "
                      "ADMIN$ are no longer created, so they are no path for lateral movement (MITRE ATT&CK "
                      "T1021.002). The costs: monitoring rules flag it (ATT&CK T1070.005, SigmaHQ) and Microsoft "
                      "generally advises against modifying these shares (KB954422). IPC$ stays.");
        case reason_code::forced_block_breaks_admin_share_users:
            return fmt::format(fmt::runtime(tr("You chose block although {} uses ADMIN$ or C$: it stops working once "
                                               "the Server service restarts without them. IPC$ stays.")),
                               answers_list(why.answers));
        case reason_code::forced_block_ipc_unaffected:
            return fmt::format(fmt::runtime(tr("You chose block. {} depends on IPC$ or named pipes, which block does "
                                               "not touch (KB954422): it keeps working. Only C$, D$... and ADMIN$ "
                                               "go.")),
                               answers_list(why.answers));
        case reason_code::keep_shares_in_use:
            return fmt::format(fmt::runtime(tr("1 (the Windows default): {} uses ADMIN$ or C$, which block would "
                                               "remove.")),
                               answers_list(why.answers));
        case reason_code::keep_shares_policy:
            return fmt::format(fmt::runtime(tr("1 (the Windows default), a policy choice: {} depends on IPC$ or named "
                                               "pipes. Block would not touch IPC$ or those pipes (KB954422), but where "
                                               "IPC$ is in use ShareGuard limits anonymous access rather than "
                                               "disabling shares, as Microsoft advises: \"Generally, we recommend "
                                               "that you don't modify these special shared resources\" "
                                               "(KB954422).")),
                               answers_list(why.answers));
        case reason_code::forced_restrict: return tr("You chose restrict: the admin shares are kept (1).");
        case reason_code::autoshare_other_edition:
            return fmt::format(fmt::runtime(tr("This edition reads {}; the other value is written too because "
                                               "Microsoft documents the server/workstation split in no single "
                                               "statement.")),
                               why.params.empty() ? std::string() : why.params.front());
        case reason_code::anonymous_baseline:
            return tr("Anonymous restriction that belongs to both strategies; written explicitly because audits read "
                      "the registry, not defaults.");
        case reason_code::anonymous_baseline_dc:
            return tr("Anonymous restriction. Microsoft says it has no impact on domain controllers; written so audits "
                      "find the value.");
        case reason_code::legacy_keeps_default:
            return fmt::format(fmt::runtime(tr("0, the Windows default, because of {}: not hardened, since legacy "
                                               "systems enumerate shares anonymously.")),
                               answers_list(why.answers));
        case reason_code::legacy_below_default:
            return fmt::format(fmt::runtime(tr("0 because of {}: weaker than Windows' default (1). NT 4.0 trusts are "
                                               "impossible while anonymous SAM enumeration is blocked.")),
                               answers_list(why.answers));
        case reason_code::no_anonymous_pipes:
            return why.answers.empty()
                       ? tr("No role here needs a pipe anonymously: empty list (Microsoft best practice).")
                       : tr("No role here needs a pipe anonymously: empty list (Microsoft best practice). SQL Server "
                            "clients that authenticate are not affected; whether anonymous SQL-authentication clients "
                            "need the SQL\\QUERY pipe is unconfirmed.");
        case reason_code::pipes_for_roles:
            return fmt::format(fmt::runtime(tr("Only the pipes these roles open anonymously: {} (for {}).")),
                               join(why.params), answers_list(why.answers));
        case reason_code::pipes_for_proven_dc:
            return fmt::format(fmt::runtime(tr("Only the pipes these roles open anonymously: {}. ProductType LanmanNT "
                                               "proves this is a domain controller, whatever the answer says.")),
                               join(why.params));
        case reason_code::no_anonymous_shares:
            return tr("No share is reachable anonymously (Microsoft documentation; CIS).");
        case reason_code::remote_sam_baseline:
            return tr("Only local Administrators may query SAM remotely (DISA STIG value).");
        case reason_code::remote_sam_not_for_dc:
            return tr("Not applicable to domain controllers (STIG): left as it is.");
        case reason_code::remote_sam_needed:
            return fmt::format(fmt::runtime(tr("Left as it is because of {}.")), answers_list(why.answers));
        case reason_code::smb1_baseline: return tr("SMBv1 server off (Microsoft Security Guide).");
        case reason_code::smb1_needed:
            return fmt::format(fmt::runtime(tr("Left as it is because of {}: ShareGuard never switches SMBv1 on.")),
                               answers_list(why.answers));
        case reason_code::custom_profile: return tr("Set by the custom profile (it gives no reason).");
        case reason_code::outside_scope:
            return tr("Not about IPC$, admin shares or anonymous access: left as it is.");
    }
    return unknown_id("reason code", c);
}

std::string warning_text(warning_code code) {
    switch (code) {
        case warning_code::ipc_stays:
            return tr("IPC$ is not removed: the Server service creates it (KB3034016) and AutoShareServer/AutoShareWks "
                      "do not apply to it (KB954422). Only stopping the Server service removes it, and that ends all "
                      "file and printer sharing; a firewall blocking TCP 445/139 makes it unreachable.");
        case warning_code::monitoring_alerts:
            return tr("Security monitoring may raise alerts: disabling admin share creation matches common EDR/SIEM "
                      "rules (SigmaHQ, ATT&CK T1070.005). Tell your security team first.");
        case warning_code::breaks_admin_shares:
            return tr("Something you said uses the admin shares (SCCM client push, PsExec, agents that copy over "
                      "ADMIN$, \\\\host\\C$): it stops working once ADMIN$ and C$ are gone.");
        case warning_code::weaker_than_default:
            return tr("Weaker than Windows' default: anonymous users can enumerate SAM account names "
                      "(RestrictAnonymousSAM = 0) because legacy systems need it.");
        case warning_code::server_service_off:
            return tr("The Server service does not run here: no share is offered at all, IPC$ included. The share "
                      "settings take effect only once the service runs.");
        case warning_code::policy_ownership_unknown:
            return tr("This looks like a domain member, but the snapshot holds no Group Policy or PolicyManager keys: "
                      "ShareGuard cannot tell whether a GPO or MDM sets these values, and a security setting a GPO sets is "
                      "put back within 16 hours. Export HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\"
                      "Group Policy and HKLM\\SOFTWARE\\Microsoft\\PolicyManager with the snapshot, or scan the "
                      "machine itself.");
    }
    return unknown_id("warning", code);
}

std::string restart_text(restart_need r) {
    switch (r) {
        case restart_need::none: return tr("none");
        case restart_need::server_service: return tr("restart the Server service");
        case restart_need::reboot: return tr("reboot");
        case restart_need::new_logon: return tr("new logons");
        case restart_need::reboot_if_smb1_installed: return tr("reboot, only if the SMBv1 server is installed");
    }
    return {};
}

std::string effect_text(change_effect e) {
    switch (e) {
        case change_effect::none:
            return tr("explicit value, no effect: Windows already acts this way (no restart, no risk)");
        case change_effect::changes: return tr("changes what Windows does");
        case change_effect::unknown: return tr("effect unknown: what Windows does now cannot be told from here");
        case change_effect::deferred:
            return tr("takes effect only once the Server service runs (it does not run now)");
    }
    return {};
}

std::string notice_text(notice_code code) {
    switch (code) {
        case notice_code::legacy_restrict_anonymous_2:
            return tr("note: the current value 2 is the Windows 2000-era setting; later Windows versions do not "
                      "document it.");
        case notice_code::managed_by_gpo:
            return tr("note: a Group Policy object sets this value, or may set it, so the row starts unticked.");
        case notice_code::managed_by_mdm:
            return tr("note: an MDM enrollment (Intune) sets this value, so the row starts unticked.");
    }
    return unknown_id("notice", code);
}

std::string os_family_name(os_family f) {
    switch (f) {
        case os_family::windows10: return "Windows 10";
        case os_family::windows11: return "Windows 11";
        case os_family::server2016: return "Windows Server 2016";
        case os_family::server2019: return "Windows Server 2019";
        case os_family::server2022: return "Windows Server 2022";
        case os_family::server2025: return "Windows Server 2025";
        case os_family::unknown: return tr("unknown Windows version");
    }
    return {};
}

std::string baselines_text(const std::vector<const baseline_ref*>& refs) {
    std::vector<std::string> ids;
    for (const auto* r : refs) ids.push_back("DISA STIG " + r->id);
    if (refs.empty()) return {};
    return fmt::format(fmt::runtime(tr("baseline ({}): {}")), os_family_name(refs.front()->family), join(ids));
}

std::string server_service_text(service_state s) {
    switch (s) {
        case service_state::running: return tr("running");
        case service_state::stopped: return tr("stopped: no share is offered, IPC$ included");
        case service_state::disabled: return tr("disabled (Start = 4): no share is offered, IPC$ included");
        case service_state::unknown: return tr("not disabled (whether it runs is unknown from a snapshot)");
    }
    return {};
}

std::string smb1_server_text(feature_state s) {
    switch (s) {
        case feature_state::installed: return tr("installed");
        case feature_state::not_installed: return tr("not installed");
        case feature_state::unknown: return tr("unknown (no registry value proves it either way)");
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
        case write_outcome::left_to_policy: return tr("left as it is: a policy owns it (change it there)");
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
