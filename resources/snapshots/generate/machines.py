"""The nine demo machines. Each function returns (file name, Snapshot, is_regedit4).

What each machine is for (what ShareGuard should detect) is described in ../README.md;
keep the two in step.
"""
from __future__ import annotations

import datetime

import policies
import products as p
from regformat import dword, multi_sz, qword, sz
from windows import HKLM, W2008R2, W2016, W2019, W2022, W2025, WIN11, Machine, RESTART_TWICE

DOMAIN = "corp.contoso.com"
DOMAIN_DN = "DC=corp,DC=contoso,DC=com"


def nt_current_version(*, product, edition, composition, build, ubr, release_id, display_version,
                       build_lab, installation_type, installed, product_id, owner="Windows User"):
    """SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion of a Windows 10-family install, in stored order."""
    epoch = int(installed.replace(tzinfo=datetime.timezone.utc).timestamp())
    lab_build, branch, stamp = build_lab.split(".")
    v = [("SystemRoot", sz("C:\\Windows")), ("BaseBuildRevisionNumber", dword(1)),
         ("BuildBranch", sz(branch)), ("BuildGUID", sz("ffffffff-ffff-ffff-ffff-ffffffffffff")),
         ("BuildLab", sz(build_lab)), ("BuildLabEx", sz(f"{lab_build}.1.amd64fre.{branch}.{stamp}")),
         ("CompositionEditionID", sz(composition)), ("CurrentBuild", sz(str(build))),
         ("CurrentBuildNumber", sz(str(build))), ("CurrentMajorVersionNumber", dword(10)),
         ("CurrentMinorVersionNumber", dword(0)), ("CurrentType", sz("Multiprocessor Free")),
         ("CurrentVersion", sz("6.3")), ("EditionID", sz(edition)), ("EditionSubManufacturer", sz("")),
         ("EditionSubstring", sz("")), ("EditionSubVersion", sz("")),
         ("InstallationType", sz(installation_type)), ("InstallDate", dword(epoch)),
         ("ProductName", sz(product)), ("ReleaseId", sz(release_id)), ("SoftwareType", sz("System")),
         ("UBR", dword(ubr)), ("PathName", sz("C:\\Windows")), ("ProductId", sz(product_id)),
         ("InstallTime", qword((epoch + 11644473600) * 10_000_000)),
         ("RegisteredOrganization", sz("")), ("RegisteredOwner", sz(owner))]
    if display_version:
        v.append(("DisplayVersion", sz(display_version)))
    return dict(v)


# ------------------------------------------------------------------------- 1
def sql_server():
    m = Machine(W2022)
    m.identity(computer="SQLPROD01", product_type="ServerNT", suite=["Terminal Server"], domain=DOMAIN,
               version=nt_current_version(
                   product="Windows Server 2022 Standard", edition="ServerStandard",
                   composition="ServerStandard", build=20348, ubr=2849, release_id="2009",
                   display_version="21H2", build_lab="20348.fe_release.210507-1500",
                   installation_type="Server", installed=datetime.datetime(2024, 3, 12, 9, 41, 7),
                   product_id="00454-40000-00001-AA947"))
    m.core_services("server")
    m.lanman_server_parameters(pipes=[], size=3)
    m.lsa(restrict_anonymous=0, restrict_anonymous_sam=1, everyone_includes_anonymous=0, lsa_pid=0x2C8)
    m.uac(server=True)
    m.print_to_pdf_and_xps()
    p.sql_server_2022(m, [
        ("MSSQLSERVER", "Standard Edition", False, True, 2),
        ("SQLEXPRESS", "Express Edition", True, False, 4)], ip_address="10.20.1.15")
    m.export_common()
    return "sql-server.reg", m.snap, False


# ------------------------------------------------------------------------- 2
def workstation_win11():
    m = Machine(WIN11)
    # Windows 11 keeps ProductName "Windows 10 Pro"; only CurrentBuild >= 22000 tells it is Windows 11.
    m.identity(computer="WS-FIN-042", product_type="WinNT", suite=["Terminal Server"], domain=DOMAIN,
               version=nt_current_version(
                   product="Windows 10 Pro", edition="Professional", composition="Enterprise",
                   build=22631, ubr=4460, release_id="2009", display_version="23H2",
                   build_lab="22621.ni_release.220506-1250", installation_type="Client",
                   installed=datetime.datetime(2024, 11, 4, 14, 2, 55),
                   product_id="00330-80000-00000-AA318", owner="Contoso"))
    m.core_services("client")
    s, res = m.service, m.res
    s("Audiosrv", display=res("%SystemRoot%\\system32\\audiosrv.dll", 200),
      description=res("%SystemRoot%\\system32\\audiosrv.dll", 201),
      image=m.svchost("LocalServiceNetworkRestricted"), obj="NT AUTHORITY\\LocalService", start=2,
      deps=["AudioEndpointBuilder", "RpcSs"], failure=RESTART_TWICE, sid_type=1,
      dll="%SystemRoot%\\System32\\Audiosrv.dll")
    s("AudioEndpointBuilder", display=res("%SystemRoot%\\system32\\audioendpointbuilder.dll", 204),
      description=res("%SystemRoot%\\system32\\audioendpointbuilder.dll", 205),
      image=m.svchost("LocalSystemNetworkRestricted"), start=2, failure=RESTART_TWICE, sid_type=1,
      dll="%SystemRoot%\\System32\\AudioEndpointBuilder.dll")
    s("BITS", display=res("%SystemRoot%\\system32\\qmgr.dll", 1000),
      description=res("%SystemRoot%\\system32\\qmgr.dll", 1001), image=m.svchost("netsvcs"), start=3,
      deps=["RpcSs"], delayed=True, sid_type=1, dll="%SystemRoot%\\System32\\qmgr.dll")
    s("Themes", display=res("%SystemRoot%\\System32\\themeservice.dll", 8192),
      description=res("%SystemRoot%\\System32\\themeservice.dll", 8193), image=m.svchost("netsvcs"),
      start=2, failure=RESTART_TWICE, sid_type=1, dll="%SystemRoot%\\system32\\themeservice.dll")
    s("WSearch", display=res("%systemroot%\\system32\\SearchIndexer.exe", 103),
      description=res("%systemroot%\\system32\\SearchIndexer.exe", 104),
      image="%systemroot%\\system32\\SearchIndexer.exe /Embedding", start=2, type=0x10,
      deps=["RPCSS", "BrokerInfrastructure"], delayed=True, failure=RESTART_TWICE, sid_type=1)
    s("SysMain", display=res("%SystemRoot%\\system32\\sysmain.dll", 1000),
      description=res("%SystemRoot%\\system32\\sysmain.dll", 1001),
      image=m.svchost("LocalSystemNetworkRestricted"), start=2, deps=["rpcss"], sid_type=1,
      dll="%SystemRoot%\\System32\\sysmain.dll")
    s("TrkWks", display=res("%SystemRoot%\\system32\\trkwks.dll", 1),
      description=res("%SystemRoot%\\system32\\trkwks.dll", 2),
      image=m.svchost("LocalSystemNetworkRestricted"), start=2, deps=["RpcSs"], sid_type=1,
      dll="%SystemRoot%\\System32\\trkwks.dll")
    s("WlanSvc", display=res("%SystemRoot%\\System32\\wlansvc.dll", 257),
      description=res("%SystemRoot%\\System32\\wlansvc.dll", 258), image=m.svchost("LocalSystemNetworkRestricted"),
      start=2, deps=["nativewifip", "RpcSs", "Ndisuio", "wcmsvc"], failure=RESTART_TWICE, sid_type=1,
      dll="%SystemRoot%\\System32\\wlansvc.dll")
    s("wlidsvc", display=res("%SystemRoot%\\system32\\wlidsvc.dll", 100),
      description=res("%SystemRoot%\\system32\\wlidsvc.dll", 101), image=m.svchost("netsvcs"),
      start=3, deps=["RpcSs"], sid_type=1, dll="%SystemRoot%\\system32\\wlidsvc.dll")
    m.lanman_server_parameters(pipes=[], size=1)
    m.key(f"{m.services}\\Netlogon\\Parameters").update([
        ("DisablePasswordChange", dword(0)), ("MaximumPasswordAge", dword(30)),
        ("RefusePasswordChange", dword(0)), ("RequireSignOrSeal", dword(1)), ("RequireStrongKey", dword(1)),
        ("SealSecureChannel", dword(1)), ("SignSecureChannel", dword(1)), ("Update", sz("no")),
        ("DynamicSiteName", sz("HQ"))])
    # Domain GPO (STIG WN11-SO-000145 / V-253457): remote SAM limited to Administrators.
    m.lsa(restrict_anonymous=0, lsa_pid=0x3A4,
          extra=[("RestrictRemoteSAM", sz("O:BAG:BAD:(A;;RC;;;BA)"))])
    m.uac(server=False)
    m.print_to_pdf_and_xps()
    m.printer("Fax", driver="Microsoft Shared Fax Driver", port="SHRFAX:", attributes=0x00000a40)
    m.export_common()
    return "workstation-win11.reg", m.snap, False


# ------------------------------------------------------------------------- 3
def domain_controller():
    m = Machine(W2019, control_set="ControlSet001")
    m.identity(computer="DC01", product_type="LanmanNT", suite=["Terminal Server"], domain=DOMAIN,
               version=nt_current_version(
                   product="Windows Server 2019 Standard", edition="ServerStandard",
                   composition="ServerStandard", build=17763, ubr=6532, release_id="1809",
                   display_version=None, build_lab="17763.rs5_release.180914-1434",
                   installation_type="Server", installed=datetime.datetime(2021, 6, 2, 16, 20, 31),
                   product_id="00429-70000-00000-AA571"))
    m.core_services("dc")
    p.domain_controller(m, dns_domain=DOMAIN, dn=DOMAIN_DN, netbios="CORP", computer="DC01")
    # DC: NullSessionPipes not written, so the effective DC default (netlogon, samr, lsarpc) applies.
    m.lanman_server_parameters(pipes=None, signing_required=True, size=3)
    m.lsa(restrict_anonymous=0, lsa_pid=0x27C)
    m.uac(server=True)
    m.print_to_pdf_and_xps()
    m.export_common()
    # The previous control set: the server before promotion (member server, old name).
    # A resolver that ignores SYSTEM\Select and reads ControlSet002 sees a different machine.
    old = Machine(W2019, control_set="ControlSet002")
    old.snap, old.computer = m.snap, "WIN-8K2JQ4R7T1M"
    old.key(f"{old.control}\\ProductOptions").update([
        ("ProductType", sz("ServerNT")), ("ProductSuite", multi_sz("Terminal Server"))])
    old.key(f"{old.control}\\ComputerName\\ComputerName").update([
        ("", sz("mnmsrvc")), ("ComputerName", sz("WIN-8K2JQ4R7T1M"))])
    old.lanman_server_service(smb1_installed=False)
    old.lanman_server_parameters(pipes=[], size=3, extra=[("AutoShareServer", dword(0))])
    old.lsa(restrict_anonymous=1, lsa_pid=0x280)
    for root in ("Control\\ComputerName", "Control\\Lsa", "Control\\ProductOptions",
                 "Services\\LanmanServer"):
        m.snap.export(f"{HKLM}\\SYSTEM\\ControlSet002\\{root}")
    m.key(f"{HKLM}\\SYSTEM\\Select").update([
        ("Current", dword(1)), ("Default", dword(1)), ("Failed", dword(0)), ("LastKnownGood", dword(1))])
    m.snap.export(f"{HKLM}\\SYSTEM\\Select")
    return "domain-controller.reg", m.snap, False


# ------------------------------------------------------------------------- 4
def rds_licensing():
    m = Machine(W2016)
    m.identity(computer="RDLIC01", product_type="ServerNT", suite=["Terminal Server"], domain=DOMAIN,
               version=nt_current_version(
                   product="Windows Server 2016 Standard", edition="ServerStandard",
                   composition="ServerStandard", build=14393, ubr=7336, release_id="1607",
                   display_version=None, build_lab="14393.rs1_release.160715-1616",
                   installation_type="Server", installed=datetime.datetime(2018, 9, 17, 11, 5, 48),
                   product_id="00377-60000-00000-AA208"))
    m.core_services("server", smb1_installed=True)
    p.rd_licensing(m)
    m.service("UmRdpService", display=m.res("%SystemRoot%\\system32\\umrdp.dll", 1000),
              description=m.res("%SystemRoot%\\system32\\umrdp.dll", 1001),
              image=m.svchost("LocalSystemNetworkRestricted"), start=3, deps=["TermService", "RDPDR"],
              sid_type=1, dll="%SystemRoot%\\System32\\umrdp.dll")
    # SMBv1 server switched off through the registry (the Windows 7 / 2008 R2-era method).
    m.lanman_server_parameters(pipes=[], size=3, adjusted_pipes=1, extra=[("SMB1", dword(0))])
    # "Do not allow anonymous enumeration of SAM accounts and shares" enabled by GPO.
    m.lsa(restrict_anonymous=1, lsa_pid=0x26C)
    m.uac(server=True)
    m.print_to_pdf_and_xps()
    m.export_common()
    return "rds-licensing.reg", m.snap, False


# ------------------------------------------------------------------------- 5
def plain_server():
    m = Machine(W2025)
    m.identity(computer="APP-WEB-07", product_type="ServerNT", suite=["Terminal Server"], domain=DOMAIN,
               version=nt_current_version(
                   product="Windows Server 2025 Standard", edition="ServerStandard",
                   composition="ServerStandard", build=26100, ubr=2314, release_id="2009",
                   display_version="24H2", build_lab="26100.ge_release.240331-1435",
                   installation_type="Server", installed=datetime.datetime(2025, 2, 19, 8, 12, 40),
                   product_id="00491-60000-00001-AA614"))
    m.core_services("server")
    m.spooler(start=4)  # print spooler disabled on a web server (PrintNightmare guidance)
    p.iis(m)
    m.lanman_server_parameters(pipes=[], size=3)
    m.lsa(restrict_anonymous=None, lsa_pid=0x35C, msv1_0_extra=[("Auth132", sz("IISSUBA"))])
    m.uac(server=True)
    m.print_to_pdf_and_xps()
    m.export_common()
    return "plain-server.reg", m.snap, False


# ------------------------------------------------------------------------- 6
def file_print_server():
    m = Machine(W2019)
    m.identity(computer="FS01", product_type="ServerNT", suite=["Terminal Server"], domain=DOMAIN,
               version=nt_current_version(
                   product="Windows Server 2019 Standard", edition="ServerStandard",
                   composition="ServerStandard", build=17763, ubr=6532, release_id="1809",
                   display_version=None, build_lab="17763.rs5_release.180914-1434",
                   installation_type="Server", installed=datetime.datetime(2019, 10, 8, 10, 31, 2),
                   product_id="00429-70000-00000-AA113"))
    m.core_services("server", smb1_installed=True)
    p.dfs_namespace(m)
    p.dfs_replication(m)
    p.sccm_client(m)
    p.psexec_leftover(m)
    p.computer_browser(m, start=4)
    p.smb1_client_driver(m)
    m.service("LPDSVC", display=m.res("%SystemRoot%\\system32\\lpdsvc.dll", 100),
              description=m.res("%SystemRoot%\\system32\\lpdsvc.dll", 101),
              image=m.svchost("LPDSVC"), start=2, deps=["Spooler", "Tcpip"], sid_type=1,
              dll="%SystemRoot%\\System32\\lpdsvc.dll")
    # Someone turned admin shares off and SMBv1 on, years ago.
    m.lanman_server_parameters(pipes=[], size=3, extra=[("AutoShareServer", dword(0)), ("SMB1", dword(1))])
    for name, path, remark in [
            ("Corp", "C:\\DFSRoots\\Corp", "DFS namespace root"), ("Finance", "D:\\Shares\\Finance", ""),
            ("HR", "D:\\Shares\\HR", ""), ("Profiles$", "D:\\Profiles", "Roaming profiles"),
            ("Public", "D:\\Shares\\Public", "Company public share"), ("Scans", "D:\\Scans", "Scan to folder")]:
        m.share(name, path, remark)
    m.lsa(restrict_anonymous=0, lsa_pid=0x2B0)
    # Set so local accounts could use PsExec / C$ remotely (weakens pass-the-hash defences).
    m.uac(server=True, extra=[("LocalAccountTokenFilterPolicy", dword(1))])
    m.printer("FIN-HP-M507", driver="HP Universal Printing PCL 6", port="IP_10.20.5.31",
              attributes=0x00002a48, share_name="FIN-HP-M507", location="Building A, 2nd floor, Finance",
              comment="HP LaserJet Enterprise M507")
    m.printer("HR-RICOH-C3004", driver="RICOH PCL6 UniversalDriver V4.36", port="IP_10.20.5.44",
              attributes=0x00002a48, share_name="HR-Color", location="Building A, 3rd floor, HR",
              comment="RICOH IM C3000 colour")
    m.printer("Microsoft Print to PDF", driver="Microsoft Print To PDF", port="PORTPROMPT:",
              attributes=0x00000a40)
    ports = f"{m.control}\\Print\\Monitors\\Standard TCP/IP Port\\Ports"
    for name, ip in [("IP_10.20.5.31", "10.20.5.31"), ("IP_10.20.5.44", "10.20.5.44")]:
        m.key(f"{ports}\\{name}").update([
            ("Protocol", dword(1)), ("Version", dword(2)), ("HostName", sz("")), ("IPAddress", sz(ip)),
            ("HWAddress", sz("")), ("PortNumber", dword(9100)), ("SNMP Community", sz("public")),
            ("SNMP Enabled", dword(1)), ("SNMP Index", dword(1))])
    m.snap.export(ports)
    m.export_common()
    return "file-print-server.reg", m.snap, False


# ------------------------------------------------------------------------- 7
def legacy_regedit4():
    m = Machine(W2008R2)
    installed = datetime.datetime(2012, 5, 23, 13, 47, 19)
    epoch = int(installed.replace(tzinfo=datetime.timezone.utc).timestamp())
    m.identity(computer="EXORA01", product_type="ServerNT", suite=["Enterprise", "Terminal Server"],
               domain=DOMAIN, version=dict([
                   ("CurrentVersion", sz("6.1")), ("CurrentBuild", sz("7601")),
                   ("SoftwareType", sz("System")), ("CurrentType", sz("Multiprocessor Free")),
                   ("InstallDate", dword(epoch)), ("RegisteredOrganization", sz("Contoso")),
                   ("RegisteredOwner", sz("IT Department")), ("SystemRoot", sz("C:\\Windows")),
                   ("InstallationType", sz("Server")), ("EditionID", sz("ServerEnterprise")),
                   ("ProductName", sz("Windows Server 2008 R2 Enterprise")),
                   ("ProductId", sz("00486-001-0001076-84230")), ("CurrentBuildNumber", sz("7601")),
                   ("BuildLab", sz("7601.win7sp1_gdr.150928-1507")),
                   ("BuildLabEx", sz("7601.23260.amd64fre.win7sp1_gdr.150928-1507")),
                   ("BuildGUID", sz("a1b42e73-13d6-4d6c-bd17-e4f51b3d5c0e")),
                   ("CSDBuildNumber", sz("1130")), ("PathName", sz("C:\\Windows")),
                   ("CSDVersion", sz("Service Pack 1"))]))
    m.core_services("server", smb1_installed=True)  # SMBv1 is always installed on 2008 R2
    p.computer_browser(m, start=4)
    p.oracle_11g(m)
    p.exchange_2010(m)
    p.failover_cluster_2008r2(m)
    m.service("NetTcpPortSharing", display=m.res("%SystemRoot%\\Microsoft.NET\\Framework64\\v3.0\\Windows Communication Foundation\\SMSvcHost.exe", 100),
              description=m.res("%SystemRoot%\\Microsoft.NET\\Framework64\\v3.0\\Windows Communication Foundation\\SMSvcHost.exe", 101),
              image="%SystemRoot%\\Microsoft.NET\\Framework64\\v3.0\\Windows Communication Foundation\\SMSvcHost.exe",
              start=2, type=0x10, obj="NT AUTHORITY\\LocalService", sid_type=1)
    # A GPO carried over from Windows 2003 still lists the pre-SP1 anonymous pipes and shares.
    m.lanman_server_parameters(
        pipes=["COMNAP", "COMNODE", "SQL\\QUERY", "SPOOLSS", "LLSRPC", "BROWSER"],
        shares=["COMCFG", "DFS$"], size=3)
    m.lsa(restrict_anonymous=2, lsa_pid=0x218)  # the Windows 2000-era value, still set
    m.uac(server=True)
    m.printer("Microsoft XPS Document Writer", driver="Microsoft XPS Document Writer", port="XPSPort:",
              attributes=0x00000240)
    m.export_common()
    return "legacy-regedit4.reg", m.snap, True


# ------------------------------------------------------------------------- 8
def gpo_member_server():
    m = Machine(W2022)
    m.identity(computer="APP-HR-02", product_type="ServerNT", suite=["Terminal Server"], domain=DOMAIN,
               version=nt_current_version(
                   product="Windows Server 2022 Datacenter", edition="ServerDatacenter",
                   composition="ServerDatacenter", build=20348, ubr=3091, release_id="2009",
                   display_version="21H2", build_lab="20348.fe_release.210507-1500",
                   installation_type="Server", installed=datetime.datetime(2024, 8, 27, 15, 4, 12),
                   product_id="00454-60000-00001-AA275"))
    m.core_services("server")
    m.key(f"{m.services}\\Netlogon\\Parameters").update([
        ("DisablePasswordChange", dword(0)), ("MaximumPasswordAge", dword(30)),
        ("RefusePasswordChange", dword(0)), ("RequireSignOrSeal", dword(1)), ("RequireStrongKey", dword(1)),
        ("SealSecureChannel", dword(1)), ("SignSecureChannel", dword(1)), ("Update", sz("no")),
        ("DynamicSiteName", sz("HQ"))])
    m.lanman_server_parameters(pipes=[], size=3)
    # The Security CSE wrote these from two GPOs (History below): the baseline's anonymous
    # restrictions, and a legacy-application GPO that still lets Everyone include anonymous.
    m.lsa(restrict_anonymous=1, everyone_includes_anonymous=1, lsa_pid=0x2E0,
          extra=[("RestrictRemoteSAM", sz("O:BAG:BAD:(A;;RC;;;BA)"))])
    m.uac(server=True)
    m.print_to_pdf_and_xps()
    ou = f"OU=Member Servers,{DOMAIN_DN}"
    policies.gpo_history(m, policies.SECURITY_CSE, [
        ("{31B2F340-016D-11D2-945F-00C04FB984F9}", "Default Domain Policy", DOMAIN_DN, 0x00000003),
        ("{7C6A8E21-5B3D-4F0A-9E12-6D4C8B2A1F35}", "Contoso Member Server Baseline", ou, 0x0000000C),
        ("{A94D2F16-03B8-4C7E-B5A1-E8F27C6D9430}", "Contoso Legacy HR App Compatibility", ou, 0x00000002)],
        domain=DOMAIN, domain_dn=DOMAIN_DN)
    policies.gp_state(m, computer_dn=f"CN=APP-HR-02,{ou}", cses=[policies.SECURITY_CSE])
    m.export_common()
    return "gpo-member-server.reg", m.snap, False


# ------------------------------------------------------------------------- 9
def intune_workstation():
    m = Machine(WIN11)
    # Entra ID joined, enrolled in Intune: no AD domain, so no primary DNS suffix and no Netlogon site.
    m.identity(computer="WS-MKT-107", product_type="WinNT", suite=["Terminal Server"], domain="",
               version=nt_current_version(
                   product="Windows 10 Enterprise", edition="Enterprise", composition="Enterprise",
                   build=22631, ubr=4602, release_id="2009", display_version="23H2",
                   build_lab="22621.ni_release.220506-1250", installation_type="Client",
                   installed=datetime.datetime(2025, 1, 13, 10, 22, 48),
                   product_id="00329-00000-00003-AA402", owner="Contoso"))
    m.core_services("client")
    m.lanman_server_parameters(pipes=[], size=1)
    # Written by the MDM (Policy CSP LocalPoliciesSecurityOptions), after the setup values.
    m.lsa(restrict_anonymous=1, lsa_pid=0x3B8, extra=[("RestrictRemoteSAM", sz("O:BAG:BAD:(A;;RC;;;BA)"))])
    m.uac(server=False)
    m.print_to_pdf_and_xps()
    enrollment = "{3E8C5A71-94B2-4D06-A1F3-7B2C9D4E6F18}"
    policies.mdm_policies(m, enrollment, "LocalPoliciesSecurityOptions", [
        ("NetworkAccess_DoNotAllowAnonymousEnumerationOfSamAccountsAndShares", dword(1)),
        ("NetworkAccess_RestrictClientsAllowedToMakeRemoteCallsToSAM", sz("O:BAG:BAD:(A;;RC;;;BA)"))])
    policies.mdm_enrollment(m, enrollment, upn="r.moreau@contoso.onmicrosoft.com")
    m.export_common()
    return "intune-workstation.reg", m.snap, False


ALL = [sql_server, workstation_win11, domain_controller, rds_licensing, plain_server,
       file_print_server, legacy_regedit4, gpo_member_server, intune_workstation]
