// The catalog's data. Every fact here comes from
// shared/reference/settings-and-services.md, which cites its sources; the
// `sources` field of each entry repeats them so the UI can show them.
// English texts are marked SG_N_ so xgettext collects them for translators.
#include "wizard/catalog.h"

namespace sg {
namespace {

constexpr const char* lanman_parameters =
    "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters";
constexpr const char* lsa = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa";
constexpr const char* policies_system =
    "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System";

// The notes every admin-share entry carries: the one fact ShareGuard must never get wrong.
constexpr const char* ipc_stays = SG_N_(
    "Does not remove IPC$: these values concern only the admin shares (KB954422: \"this does not apply to the "
    "IPC$ share or shares that you create manually\"). The Server service creates IPC$ (KB3034016); only "
    "stopping that service removes it. A firewall blocking TCP 445/139 makes IPC$ unreachable from other "
    "machines; it does not remove it.");
constexpr const char* block_benefit = SG_N_(
    "At 0 the admin shares are not there for lateral movement with stolen administrator credentials (MITRE "
    "ATT&CK T1021.002, SMB/Windows Admin Shares). Microsoft's general advice is the other way: \"Generally, we "
    "recommend that you don't modify these special shared resources\" (KB954422).");
constexpr const char* monitoring_alerts = SG_N_(
    "Security monitoring flags this: the SigmaHQ rule \"Disable Administrative Share Creation at Startup\" "
    "(ATT&CK T1070.005) fires on AutoShareServer/AutoShareWks = 0; expect EDR/SIEM alerts and warn the SOC first.");

using scope = baseline_ref::scope;

/// DISA STIG items per family, checked against DISA's XCCDF files (Windows 10 V3R6,
/// Windows 11 V2R7, Server 2016 V2R10, 2019 V3R8, 2022 V2R8). No STIG for Server 2025
/// is known; NullSessionPipes and NullSessionShares have no item in any current STIG.
std::vector<baseline_ref> stig(const char* win10, const char* win11, const char* s2016, const char* s2019,
                               const char* s2022, scope servers = scope::any_role) {
    return {{os_family::windows10, win10},
            {os_family::windows11, win11},
            {os_family::server2016, s2016, servers},
            {os_family::server2019, s2019, servers},
            {os_family::server2022, s2022, servers}};
}

setting auto_share(const char* id, const char* sku_note, std::vector<std::string> sources) {
    setting s;
    s.id = id;
    s.key = lanman_parameters;
    s.value_name = id;
    s.type = reg_type::dword;
    s.allowed = {
        {"0", SG_N_("The Server service does not create the default admin shares (C$, D$..., ADMIN$).")},
        {"1", SG_N_("The Server service creates the default admin shares (the Windows default).")},
    };
    s.windows_default = SG_N_("absent: the admin shares are created (acts as 1)");
    s.default_value = reg_value::dword(1);
    s.group_policy = "";
    s.recommended = SG_N_("No Microsoft baseline, DISA STIG or CIS item requires it.");
    s.restart = restart_need::server_service;
    s.shipped = shipped_state::absent();
    s.breaks = SG_N_(
        "Anything that needs ADMIN$ or C$: Configuration Manager (SCCM) client push, PsExec and tools built on it, "
        "SMS/MOM, remote administration through \\\\host\\C$, local \"Previous Versions\" on Windows Vista/7 "
        "(third-party source). Backup agents that push their software over ADMIN$: common practice, unconfirmed "
        "(no vendor source). IPC$ and named pipes are not affected.");
    s.notes = {ipc_stays, block_benefit, sku_note, monitoring_alerts};
    s.sources = std::move(sources);
    s.sources.push_back("KB3034016 IPC$ share and null session behavior in Windows [MS]");
    s.sources.push_back("MITRE ATT&CK T1021.002, T1070.005");
    s.flagged_by_monitoring = true;
    s.hardened_dword = 0;
    s.can_break_roles = {role_id::sccm_client, role_id::sccm_site_server, role_id::psexec};
    return s;
}

std::vector<setting> make_catalog() {
    std::vector<setting> c;

    c.push_back(auto_share(
        "AutoShareServer",
        SG_N_("Read on Windows Server editions (ProductType ServerNT or LanmanNT): third-party documentation; "
              "KB954422 documents the value for Windows Server without naming the product types."),
        {"KB954422 How to remove administrative shares in Windows Server [MS]",
         "archive.alrecreation.com adminshares [3P]", "SigmaHQ registry_set_disable_administrative_share.yml [3P]"}));
    c.push_back(auto_share(
        "AutoShareWks",
        SG_N_("Read on Windows client editions (ProductType WinNT). Microsoft documents the server/workstation "
              "split in no single statement, so ShareGuard writes both values when it changes them."),
        {"KB314984 How to create and delete hidden or administrative shares on client computers [MS]",
         "SigmaHQ registry_set_disable_administrative_share.yml [3P]"}));

    {
        setting s;
        s.id = "RestrictAnonymous";
        s.key = lsa;
        s.value_name = "RestrictAnonymous";
        s.type = reg_type::dword;
        s.allowed = {
            {"0", SG_N_("Anonymous users can list share names; account names stay hidden while RestrictAnonymousSAM "
                        "is 1, the Windows default (the Windows default).")},
            {"1", SG_N_("Anonymous users cannot enumerate SAM accounts and shares.")},
            {"2", SG_N_("Windows 2000 only: no access without explicit anonymous permissions. Not documented for "
                        "later Windows versions; Microsoft warned against it on domain controllers and in mixed "
                        "networks. ShareGuard never recommends it.")},
        };
        s.windows_default = SG_N_("0 (Disabled) on all roles");
        s.default_value = reg_value::dword(0);
        s.group_policy = "Network access: Do not allow anonymous enumeration of SAM accounts and shares";
        s.recommended = SG_N_("Enabled (1): DISA STIG (the item for this machine's Windows is listed with it); CIS "
                              "2.3.10.3 (member servers).");
        s.restart = restart_need::none;
        s.shipped = shipped_state::holds(reg_value::dword(0));
        s.breaks = SG_N_(
            "Anonymous listing of shares and printers; administrators of a trusting domain enumerating accounts "
            "across a one-way trust; trusts with Windows NT 4.0 domains; Windows NT 3.51 / Windows 95 clients; "
            "the Computer Browser service.");
        s.notes = {
            SG_N_("RestrictAnonymous=2 is a Windows 2000-era value; on Windows XP / Server 2003 and later, "
                  "EveryoneIncludesAnonymous=0 gives the same level of restriction."),
            SG_N_("Microsoft: this policy setting has no impact on domain controllers."),
        };
        s.sources = {"SecPol: network-access-do-not-allow-anonymous-enumeration-of-sam-accounts-and-shares [MS]",
                     "Windows 2000 registry reference cc963223 [MS]", "DISA STIG XCCDF (per Windows version)"};
        s.hardened_dword = 1;
        s.can_break_roles = {role_id::computer_browser};
        s.baselines = stig("WN10-SO-000150 (V-220930)", "WN11-SO-000150 (V-253454)", "WN16-SO-000270 (V-225046)",
                           "WN19-SO-000230 (V-205724)", "WN22-SO-000230 (V-254467)");
        c.push_back(std::move(s));
    }
    {
        setting s;
        s.id = "RestrictAnonymousSAM";
        s.key = lsa;
        s.value_name = "RestrictAnonymousSAM";
        s.type = reg_type::dword;
        s.allowed = {
            {"0", SG_N_("Anonymous users can enumerate SAM account names.")},
            {"1", SG_N_("Anonymous users cannot enumerate SAM account names (the Windows default).")},
        };
        s.windows_default = SG_N_("1 (Enabled) on all roles");
        s.default_value = reg_value::dword(1);
        s.group_policy = "Network access: Do not allow anonymous enumeration of SAM accounts";
        s.recommended = SG_N_("Enabled (1): DISA STIG (the item for this machine's Windows is listed with it); CIS "
                              "2.3.10.2.");
        s.restart = restart_need::none;
        s.shipped = shipped_state::holds(reg_value::dword(1));
        s.breaks = SG_N_("Trusts with Windows NT 4.0 domains; Windows NT 3.51 / Windows 95 clients; account "
                         "enumeration across a one-way trust.");
        s.notes = {
            SG_N_("Not to be confused with RestrictAnonymous: \"...SAM accounts\" is RestrictAnonymousSAM, "
                  "\"...SAM accounts and shares\" is RestrictAnonymous."),
            SG_N_("Microsoft: this policy setting has no impact on domain controllers."),
        };
        s.sources = {"SecPol: network-access-do-not-allow-anonymous-enumeration-of-sam-accounts [MS]",
                     "DISA STIG XCCDF (per Windows version)"};
        s.hardened_dword = 1;
        s.baselines = stig("WN10-SO-000145 (V-220929)", "WN11-SO-000145 (V-253453)", "WN16-SO-000260 (V-225045)",
                           "WN19-SO-000220 (V-205914)", "WN22-SO-000220 (V-254466)");
        c.push_back(std::move(s));
    }
    {
        setting s;
        s.id = "EveryoneIncludesAnonymous";
        s.key = lsa;
        s.value_name = "EveryoneIncludesAnonymous";
        s.type = reg_type::dword;
        s.allowed = {
            {"0", SG_N_("Anonymous users are not members of Everyone (the default since XP / Server 2003).")},
            {"1", SG_N_("Anonymous users get every permission granted to Everyone.")},
        };
        s.windows_default = SG_N_("0 (Disabled)");
        s.default_value = reg_value::dword(0);
        s.group_policy = "Network access: Let Everyone permissions apply to anonymous users";
        s.recommended = SG_N_("Disabled (0): DISA STIG (the item for this machine's Windows is listed with it).");
        s.restart = restart_need::none;
        s.shipped = shipped_state::holds(reg_value::dword(0));
        s.breaks = SG_N_("Anonymous access to resources whose ACL grants only Everyone (grant ANONYMOUS LOGON "
                         "explicitly instead).");
        s.notes = {SG_N_("Microsoft's policy page: \"Restart requirement: None\". (ShareGuard's reference said "
                         "\"not documented\"; Microsoft's page wins.)")};
        s.sources = {"SecPol: network-access-let-everyone-permissions-apply-to-anonymous-users [MS]", "KB278259 [MS]",
                     "DISA STIG XCCDF (per Windows version)"};
        s.hardened_dword = 0;
        s.baselines = stig("WN10-SO-000160 (V-220931)", "WN11-SO-000160 (V-253455)", "WN16-SO-000290 (V-225047)",
                           "WN19-SO-000240 (V-205915)", "WN22-SO-000240 (V-254468)");
        c.push_back(std::move(s));
    }
    {
        setting s;
        s.id = "RestrictNullSessAccess";
        s.key = lanman_parameters;
        s.value_name = "RestrictNullSessAccess";
        s.type = reg_type::dword;
        s.allowed = {
            {"0", SG_N_("Null sessions are not limited to the pipes and shares on the allow-lists; share and "
                        "file permissions still apply.")},
            {"1", SG_N_("Null sessions reach only the pipes in NullSessionPipes and the shares in "
                        "NullSessionShares (the Windows default).")},
        };
        s.windows_default = SG_N_("1 (Enabled) on all roles");
        s.default_value = reg_value::dword(1);
        s.group_policy = "Network access: Restrict anonymous access to Named Pipes and Shares";
        s.recommended = SG_N_("Enabled (1): DISA STIG, CAT I (the item for this machine's Windows is listed with "
                              "it); CIS.");
        s.restart = restart_need::none;
        s.shipped = shipped_state::holds(reg_value::dword(1));
        s.breaks = SG_N_("Anything using anonymous pipes or shares not on the allow-lists: NT 4.0 trusts, the "
                         "Computer Browser service, Remote Desktop licensing (see NullSessionPipes).");
        s.notes = {SG_N_("On Windows Server 2003 to 2008 R2 IPC$ itself \"cannot be managed or restricted\" "
                         "(KB3034016); this value controls which named pipes anonymous users reach through it. On "
                         "Windows Server 2012 and later, whether anonymous sessions are allowed at all depends on "
                         "the pipes and shares marked for null-session access (KB3034016).")};
        s.sources = {"SecPol: network-access-restrict-anonymous-access-to-named-pipes-and-shares [MS]",
                     "KB3034016 IPC$ share and null session behavior in Windows [MS]",
                     "Windows 2000 registry reference cc957461 [MS]", "DISA STIG XCCDF (per Windows version)"};
        s.hardened_dword = 1;
        s.baselines = stig("WN10-SO-000165 (V-220932)", "WN11-SO-000165 (V-253456)", "WN16-SO-000300 (V-225048)",
                           "WN19-SO-000250 (V-205725)", "WN22-SO-000250 (V-254469)");
        s.can_break_roles = {role_id::rds_licensing, role_id::computer_browser, role_id::domain_controller};
        c.push_back(std::move(s));
    }
    {
        setting s;
        s.id = "NullSessionPipes";
        s.key = lanman_parameters;
        s.value_name = "NullSessionPipes";
        s.type = reg_type::multi_sz;
        s.allowed = {{"", SG_N_("Pipe names (the part after \\pipe\\) anonymous users may open when "
                                "RestrictNullSessAccess is 1; empty: none.")}};
        s.windows_default = SG_N_("domain controllers: netlogon, samr, lsarpc; members and clients: not defined");
        s.group_policy = "Network access: Named Pipes that can be accessed anonymously";
        s.recommended = SG_N_("Microsoft best practice: empty. No current DISA STIG item. CIS: domain controllers "
                              "LSARPC, NETLOGON, SAMR "
                              "(+ BROWSER if Computer Browser is used); member servers empty. Remote Desktop "
                              "licensing servers need HydraLSPipe and TermServLicensing.");
        s.restart = restart_need::none;
        s.shipped = shipped_state::varies();
        s.breaks = SG_N_("Applications that open named pipes without authenticating. Microsoft: may break trust "
                         "between Windows Server 2003 domains in a mixed-mode environment.");
        s.sources = {"SecPol: network-access-named-pipes-that-can-be-accessed-anonymously [MS]",
                     "CIS Windows Server 2012 DC 2.3.10.6 [CIS]"};
        s.can_break_roles = {role_id::rds_licensing, role_id::computer_browser, role_id::domain_controller};
        c.push_back(std::move(s));
    }
    {
        setting s;
        s.id = "NullSessionShares";
        s.key = lanman_parameters;
        s.value_name = "NullSessionShares";
        s.type = reg_type::multi_sz;
        s.allowed = {{"", SG_N_("Share names anonymous users may open; empty: none.")}};
        s.windows_default = SG_N_("not defined on all roles (older Windows held COMCFG, DFS$)");
        s.group_policy = "Network access: Shares that can be accessed anonymously";
        s.recommended = SG_N_("Empty: Microsoft documentation; CIS. DISA STIG: only the retired Windows Server "
                              "2012 R2 STIG had an item (WN12-SO-000059); no current STIG does.");
        s.restart = restart_need::none;
        s.shipped = shipped_state::varies();
        s.breaks = SG_N_("Anonymous access to any share that was listed.");
        s.notes = {SG_N_("IPC$ is neither listed nor needed here: anonymous IPC$ access is restricted per pipe.")};
        s.sources = {"SecPol: network-access-shares-that-can-be-accessed-anonymously [MS]",
                     "DISA STIG Windows Server 2012 R2 WN12-SO-000059 (retired)"};
        c.push_back(std::move(s));
    }
    {
        setting s;
        s.id = "RestrictRemoteSAM";
        s.key = lsa;
        s.value_name = "RestrictRemoteSAM";
        s.type = reg_type::sz;
        s.allowed = {{"O:BAG:BAD:(A;;RC;;;BA)",
                      SG_N_("Only local Administrators may make remote calls to SAM (STIG value).")}};
        s.windows_default = SG_N_("absent: Windows 10 1607 / Server 2016 and later allow only local Administrators "
                                  "on non-DCs (built in); domain controllers let everyone read");
        s.group_policy = "Network access: Restrict clients allowed to make remote calls to SAM";
        s.recommended = SG_N_("O:BAG:BAD:(A;;RC;;;BA) on member servers and workstations (DISA STIG; the item "
                              "for this machine's Windows is listed with it); not applicable to domain controllers.");
        s.restart = restart_need::none;
        s.shipped = shipped_state::absent();
        s.breaks = SG_N_("Tools that enumerate local users and groups remotely without admin rights; Exchange "
                         "2013/2016 offline address book generation. Audit first with RestrictRemoteSamAuditOnlyMode.");
        s.notes = {SG_N_("Must be valid SDDL: a malformed value makes SAM fall back to the default and log event "
                         "16964."),
                   SG_N_("Last writer wins: a domain GPO overwrites what ShareGuard writes.")};
        s.sources = {"SecPol: network-access-restrict-clients-allowed-to-make-remote-sam-calls [MS]",
                     "DISA STIG XCCDF (per Windows version)"};
        s.can_break_roles = {role_id::exchange};
        s.baselines = stig("WN10-SO-000167 (V-220933)", "WN11-SO-000167 (V-253457)", "WN16-MS-000310 (V-225013)",
                           "WN19-MS-000060 (V-205747)", "WN22-MS-000060 (V-254433)", scope::member_only);
        c.push_back(std::move(s));
    }
    {
        setting s;
        s.id = "SMB1";
        s.key = lanman_parameters;
        s.value_name = "SMB1";
        s.type = reg_type::dword;
        s.allowed = {
            {"0", SG_N_("The SMBv1 server is disabled.")},
            {"1", SG_N_("The SMBv1 server is enabled.")},
        };
        s.windows_default = SG_N_("SMBv1 not installed by default since Windows 10 / Server 1709 (none on Windows "
                                  "11 and Server 2019+); installed and enabled on older Windows");
        s.group_policy = "MS Security Guide: Configure SMBv1 server";
        s.recommended = SG_N_("Disabled (0): Microsoft Security Guide (third-party copy of the template); DISA "
                              "STIG where one applies to this machine's Windows (listed with it).");
        s.restart = restart_need::reboot;
        s.shipped = shipped_state::absent();
        s.breaks = SG_N_("Windows XP / Server 2003 clients, old NAS devices, printers and scanners; the Computer "
                         "Browser service, which depends on SMBv1.");
        s.notes = {SG_N_("This registry method dates from Windows 7 / Server 2008 R2; on Windows 8 and later "
                         "Set-SmbServerConfiguration -EnableSMB1Protocol is the documented way. Microsoft's SMBv1 "
                         "page: \"You must restart the computer after you make these changes.\" (ShareGuard's "
                         "reference said \"not documented\"; Microsoft's page wins.)"),
                   SG_N_("Where the SMBv1 server is not installed (clean installs of Windows 10 1709 / Server "
                         "2019 and later) the value does nothing and needs no restart. In-place upgrades may keep "
                         "SMBv1 installed (KB4034314).")};
        s.sources = {"KB4034314 [MS]", "windowsserverdocs detect-enable-and-disable-smbv1-v2-v3 [MS]",
                     "DISA STIG XCCDF (per Windows version)"};
        s.hardened_dword = 0;
        s.can_break_roles = {role_id::computer_browser};
        // The registry checks; each STIG prefers the feature's removal (WN22-00-000380...)
        // and then marks these not applicable.
        s.baselines = stig("WN10-00-000165 (V-220730)", "WN11-00-000165 (V-253287)", "WN16-00-000411 (V-224857)",
                           "WN19-00-000390 (V-205683)", "WN22-00-000390 (V-254276)");
        c.push_back(std::move(s));
    }
    {
        setting s;
        s.id = "RequireSecuritySignature";
        s.key = lanman_parameters;
        s.value_name = "RequireSecuritySignature";
        s.type = reg_type::dword;
        s.allowed = {
            {"0", SG_N_("The SMB server does not require signing.")},
            {"1", SG_N_("The SMB server requires signing.")},
        };
        s.windows_default = SG_N_("domain controllers: required; others: not required (Windows 11 24H2 requires "
                                  "signing by default)");
        s.group_policy = "Microsoft network server: Digitally sign communications (always)";
        s.recommended = SG_N_("Enabled (1): Microsoft best practice.");
        s.restart = restart_need::none;
        s.shipped = shipped_state::varies();
        s.breaks = SG_N_("Clients and NAS devices that cannot sign (STATUS_INVALID_SIGNATURE); CPU cost on fast "
                         "links.");
        s.notes = {SG_N_("Not part of ShareGuard's recommendations (it does not concern IPC$, admin shares or "
                         "anonymous access); shown for reference and settable by custom profiles.")};
        s.sources = {"SecPol: microsoft-network-server-digitally-sign-communications-always [MS]"};
        s.hardened_dword = 1;
        c.push_back(std::move(s));
    }
    {
        setting s;
        s.id = "LocalAccountTokenFilterPolicy";
        s.key = policies_system;
        s.value_name = "LocalAccountTokenFilterPolicy";
        s.type = reg_type::dword;
        s.allowed = {
            {"0", SG_N_("Local administrator accounts get a filtered (non-admin) token over the network (the "
                        "Windows default).")},
            {"1", SG_N_("Local administrator accounts get a full admin token over the network; weakens "
                        "pass-the-hash defences.")},
        };
        s.windows_default = SG_N_("absent (acts as 0)");
        s.default_value = reg_value::dword(0);
        s.group_policy = "MS Security Guide: Apply UAC restrictions to local accounts on network logons";
        s.recommended = SG_N_("Enabled, which writes 0: Microsoft Security Guide; CIS 18.3.1; DISA STIG (the item "
                              "for this machine's Windows is listed with it).");
        s.restart = restart_need::new_logon;
        s.shipped = shipped_state::absent();
        s.breaks = SG_N_("At 0: remote administration of workgroup machines with local admin accounts (C$/ADMIN$, "
                         "PsExec, push installers). Domain accounts are not affected.");
        s.notes = {SG_N_("Not part of ShareGuard's recommendations; shown for reference and settable by custom "
                         "profiles. When a change takes effect is not documented: new network logons.")};
        s.sources = {"KB951016 [MS]", "MS Security Guide (SecGuide.admx) [MS]"};
        s.hardened_dword = 0;
        s.can_break_roles = {role_id::psexec};
        // Clients: domain-joined machines only; servers: member servers only.
        s.baselines = stig("WN10-CC-000037 (V-220799)", "WN11-CC-000037 (V-253357)", "WN16-MS-000020 (V-225008)",
                           "WN19-MS-000020 (V-205715)", "WN22-MS-000020 (V-254429)", scope::member_only);
        c.push_back(std::move(s));
    }
    return c;
}

}  // namespace

const std::vector<setting>& catalog() {
    static const std::vector<setting> entries = make_catalog();
    return entries;
}

}  // namespace sg
