"""Registry footprints of server products the detection rules look for:
SQL Server, IIS, Remote Desktop Licensing, Active Directory, DFS, Configuration Manager,
PsExec, Computer Browser, Oracle Database, Exchange 2010, Failover Clustering."""
from __future__ import annotations

from regformat import dword, expand_sz, multi_sz, sz
from windows import RESTART_TWICE, SOFTWARE, Machine, failure_actions, stable_guid

SQL_ROOT = f"{SOFTWARE}\\Microsoft\\Microsoft SQL Server"
SQL_PROGRAMS = "C:\\Program Files\\Microsoft SQL Server"


# ------------------------------------------------------------------------- SQL Server 2022
def sql_server_2022(m: Machine, instances, ip_address: str):
    """instances: [(name, edition, named_pipes_enabled, tcp_enabled, agent_start)]."""
    root = m.key(SQL_ROOT)
    root.set("InstalledInstances", multi_sz(*[i[0] for i in instances]))
    names = m.key(f"{SQL_ROOT}\\Instance Names\\SQL")
    for name, edition, np_on, tcp_on, agent_start in instances:
        inst_id = f"MSSQL16.{name}"
        names.set(name, sz(inst_id))
        _sql_instance(m, name, inst_id, edition, np_on, tcp_on, ip_address)
        _sql_services(m, name, inst_id, edition, agent_start)
    shared = f"{SQL_PROGRAMS}\\160"
    m.key(f"{SQL_ROOT}\\160").update([
        ("VerSpecificRootDir", sz(shared + "\\")), ("SharedCode", sz(shared + "\\Shared\\"))])
    m.key(f"{SQL_ROOT}\\160\\ConfigurationState").update([
        ("SQL_Shared_Tr", dword(1)), ("SQL_FullText_Adv", dword(1)), ("Connectivity_Full", dword(1)),
        ("SDK_Full", dword(1)), ("SQL_Browser_Redist_SqlBrowser_Cpu32", dword(1)),
        ("SQL_WRITER_Cpu64", dword(1))])
    m.key(f"{SQL_ROOT}\\160\\CPE").update([
        ("CustomerFeedback", dword(1)), ("EnableErrorReporting", dword(0)),
        ("ErrorReportingDir", sz(shared + "\\Shared\\ErrorDumps\\"))])
    m.key(f"{SQL_ROOT}\\160\\Tools\\ClientSetup").update([
        ("SQLPath", sz(shared + "\\Tools\\")), ("SqlToolsPath", sz(shared + "\\Tools\\Binn\\"))])
    m.key(f"{SQL_ROOT}\\90\\SQL Browser").update([("SsrpListener", dword(1))])
    m.key(f"{SQL_ROOT}\\Services\\SQL Browser").update([
        ("Name", sz("SQL Browser")), ("Type", dword(0x00010001))])
    m.key(f"{SQL_ROOT}\\Services\\SQL Server").update([
        ("Name", sz("SQL Server")), ("Type", dword(1))])
    # Client-side network library settings: a named-pipe entry that is NOT a server setting.
    client = f"{SOFTWARE}\\Microsoft\\MSSQLServer\\Client\\SuperSocketNetLib"
    m.key(client).update([("ProtocolOrder", multi_sz("sm", "tcp", "np")), ("Encrypt", dword(0))])
    m.key(client + "\\Np").set("DefaultPipe", sz("sql\\query"))
    m.key(client + "\\Tcp").update([("DefaultPort", dword(1433)), ("KeepAlive", dword(30000)),
                                    ("KeepAliveInterval", dword(1000))])
    m.key(client + "\\LastConnect")
    m.snap.export(SQL_ROOT)
    m.snap.export(f"{SOFTWARE}\\Microsoft\\MSSQLServer")
    _sql_shared_services(m)


def _sql_instance(m, name, inst_id, edition, np_on, tcp_on, ip_address):
    base = f"{SQL_ROOT}\\{inst_id}"
    home = f"{SQL_PROGRAMS}\\{inst_id}\\MSSQL"
    named = name != "MSSQLSERVER"
    m.key(base).set("", sz(name))
    m.key(base + "\\ClientSetup").set("SqlPath", sz(home + "\\Binn"))
    m.key(base + "\\MSSQLServer").update([
        ("BackupDirectory", sz(home + "\\Backup")), ("DefaultData", sz(home + "\\DATA")),
        ("DefaultLog", sz(home + "\\DATA")), ("FullTextDefaultPath", sz(home + "\\FTData")),
        ("LoginMode", dword(2)), ("AuditLevel", dword(2)), ("NumErrorLogs", dword(6))])
    m.key(base + "\\MSSQLServer\\CurrentVersion").update([
        ("CurrentVersion", sz("16.0.1000.6")), ("Language", dword(0x409)),
        ("RegisteredOwner", sz("Contoso IT"))])
    m.key(base + "\\MSSQLServer\\Parameters").update([
        ("SQLArg0", sz(f"-d{home}\\DATA\\master.mdf")), ("SQLArg1", sz(f"-e{home}\\Log\\ERRORLOG")),
        ("SQLArg2", sz(f"-l{home}\\DATA\\mastlog.ldf"))])
    net = base + "\\MSSQLServer\\SuperSocketNetLib"
    m.key(net).update([
        ("Certificate", sz("")), ("ForceEncryption", dword(0)), ("ForceStrictEncryption", dword(0)),
        ("HideInstance", dword(0)), ("ProtocolList", multi_sz("sm", "np", "tcp")),
        ("TlsCiphers", sz("")), ("TlsVersions", sz(""))])
    m.key(net + "\\AdminConnection\\Tcp").set("TcpDynamicPorts", sz("49712" if not named else "49733"))
    pipe = "\\\\.\\pipe\\" + (f"MSSQL${name}\\sql\\query" if named else "sql\\query")
    m.key(net + "\\Np").update([
        ("DisplayName", sz("Named Pipes")), ("Enabled", dword(1 if np_on else 0)), ("PipeName", sz(pipe))])
    m.key(net + "\\Sm").update([("DisplayName", sz("Shared Memory")), ("Enabled", dword(1))])
    m.key(net + "\\Tcp").update([
        ("DisplayName", sz("TCP/IP")), ("Enabled", dword(1 if tcp_on else 0)),
        ("KeepAlive", dword(30000)), ("ListenOnAllIPs", dword(1))])
    dynamic = "0" if named else ""
    port = "" if named else "1433"
    for n, addr in enumerate([ip_address, "::1", "127.0.0.1"], start=1):
        m.key(f"{net}\\Tcp\\IP{n}").update([
            ("Active", dword(1)), ("DisplayName", sz("Specific IP Address")), ("Enabled", dword(0)),
            ("IpAddress", sz(addr)), ("TcpDynamicPorts", sz(dynamic)), ("TcpPort", sz(""))])
    m.key(f"{net}\\Tcp\\IPAll").update([
        ("DisplayName", sz("Any IP Address")), ("TcpDynamicPorts", sz(dynamic)), ("TcpPort", sz(port))])
    m.key(base + "\\Setup").update([
        ("Collation", sz("SQL_Latin1_General_CP1_CI_AS")), ("Edition", sz(edition)),
        ("EditionType", sz(edition)), ("FeatureList", sz("SQL_Engine_Core_Inst=3 SQL_Replication_Core_Inst=3 ")),
        ("Language", dword(0x409)), ("PatchLevel", sz("16.0.4135.4")),
        ("ProductCode", sz(stable_guid("sqlproduct" + name))),
        ("SQLBinRoot", sz(home + "\\Binn")), ("SQLDataRoot", sz(home)), ("SQLPath", sz(home)),
        ("SqlProgramDir", sz(SQL_PROGRAMS + "\\")), ("Version", sz("16.0.1000.6"))])
    m.key(base + "\\SQLServerAgent").update([
        ("ErrorLogFile", sz(home + "\\Log\\SQLAGENT.OUT")), ("WorkingDirectory", sz(home + "\\JOBS")),
        ("ServerHost", sz(""))])


def _sql_services(m, name, inst_id, edition, agent_start):
    named = name != "MSSQLSERVER"
    svc = f"MSSQL${name}" if named else "MSSQLSERVER"
    binn = f"{SQL_PROGRAMS}\\{inst_id}\\MSSQL\\Binn"
    m.service(svc, display=f"SQL Server ({name})", inbox=False,
              description="Provides storage, processing and controlled access of data, and rapid transaction processing.",
              image=f'"{binn}\\sqlservr.exe" -s{name}', start=2, type=0x10,
              obj=f"NT Service\\{svc}", failure=failure_actions(86400, [(1, 60000), (0, 0), (0, 0)]),
              sid_type=1)
    agent = f"SQLAgent${name}" if named else "SQLSERVERAGENT"
    m.service(agent, display=f"SQL Server Agent ({name})", inbox=False,
              description="Executes jobs, monitors SQL Server, fires alerts, and allows automation of some administrative tasks.",
              image=f'"{binn}\\SQLAGENT.EXE" -i {name}', start=agent_start, type=0x10, deps=[svc],
              obj="NT AUTHORITY\\NETWORKSERVICE" if edition.startswith("Express") else f"NT Service\\{agent}",
              sid_type=1)
    ceip = f"SQLTELEMETRY${name}" if named else "SQLTELEMETRY"
    m.service(ceip, display=f"SQL Server CEIP service ({name})", inbox=False,
              description="CEIP service for Sql server",
              image=f'"{binn}\\sqlceip.exe" -Service {name}', start=2, type=0x10,
              obj=f"NT Service\\{ceip}", sid_type=1)


def _sql_shared_services(m):
    m.service("SQLBrowser", display="SQL Server Browser", inbox=False,
              description="Provides SQL Server connection information to client computers.",
              image=f'"C:\\Program Files (x86)\\Microsoft SQL Server\\90\\Shared\\sqlbrowser.exe"',
              start=2, type=0x10, obj="NT AUTHORITY\\LOCALSERVICE", sid_type=1)
    m.service("SQLWriter", display="SQL Server VSS Writer", inbox=False,
              description="Provides the interface to backup/restore Microsoft SQL server through the Windows VSS infrastructure.",
              image=f'"{SQL_PROGRAMS}\\90\\Shared\\sqlwriter.exe"', start=2, type=0x10, obj="LocalSystem")


# ------------------------------------------------------------------------- IIS 10
def iis(m: Machine):
    res = "%windir%\\system32\\inetsrv\\iisres.dll"
    m.service("W3SVC", display=m.res(res, 30003), description=m.res(res, 30004),
              image="%windir%\\system32\\svchost.exe -k iissvcs", start=2, deps=["WAS", "HTTP"],
              failure=RESTART_TWICE, sid_type=1, dll="%windir%\\system32\\inetsrv\\iisw3adm.dll")
    m.service("WAS", display=m.res(res, 30012), description=m.res(res, 30013),
              image="%windir%\\system32\\svchost.exe -k iissvcs", start=3, deps=["RPCSS"],
              failure=RESTART_TWICE, sid_type=1, dll="%windir%\\system32\\inetsrv\\iisw3adm.dll")
    m.service("W3LOGSVC", display=m.res("%SystemRoot%\\system32\\inetsrv\\w3logsvc.dll", 1),
              description=m.res("%SystemRoot%\\system32\\inetsrv\\w3logsvc.dll", 2),
              image="%SystemRoot%\\system32\\svchost.exe -k LocalSystemNetworkRestricted", start=3,
              sid_type=1, dll="%SystemRoot%\\system32\\inetsrv\\w3logsvc.dll")
    inetstp = f"{SOFTWARE}\\Microsoft\\InetStp"
    m.key(inetstp).update([
        ("MajorVersion", dword(10)), ("MinorVersion", dword(0)), ("SetupString", sz("IIS 10.0")),
        ("VersionString", sz("Version 10.0")), ("InstallPath", sz("C:\\Windows\\system32\\inetsrv")),
        ("PathWWWRoot", sz("C:\\inetpub\\wwwroot")), ("ProductString", sz("Internet Information Services")),
        ("IISProgramGroup", sz("Microsoft Internet Information Services\\"))])
    m.key(inetstp + "\\Components").update([
        ("W3SVC", dword(1)), ("WAS", dword(1)), ("DefaultDocument", dword(1)),
        ("StaticContent", dword(1)), ("HttpLogging", dword(1)), ("RequestFiltering", dword(1)),
        ("NetFxExtensibility45", dword(1)), ("ASPNET45", dword(1)), ("ManagementConsole", dword(1))])
    m.snap.export(inetstp)


# ------------------------------------------------------------------------- RD Licensing
def rd_licensing(m: Machine):
    m.service("TermServLicensing", display=m.res("%SystemRoot%\\system32\\lserver.dll", 100),
              description=m.res("%SystemRoot%\\system32\\lserver.dll", 101),
              image=m.svchost("NetworkService"), obj="NT Authority\\NetworkService", start=2,
              deps=["RPCSS"], failure=RESTART_TWICE, sid_type=1)
    m.key(f"{m.services}\\TermServLicensing\\Parameters").update([
        ("ServiceDll", expand_sz("%SystemRoot%\\system32\\lserver.dll")),
        ("DBPath", expand_sz("%SystemRoot%\\System32\\LServer")),
        ("Role", dword(1)), ("RunInDomain", dword(1))])


# ------------------------------------------------------------------------- AD domain controller
def domain_controller(m: Machine, *, dns_domain, dn, netbios, computer, site="Default-First-Site-Name"):
    s = m.service
    s("NTDS", display=m.res("%SystemRoot%\\system32\\ntdsmsg.dll", 1000),
      description=m.res("%SystemRoot%\\system32\\ntdsmsg.dll", 1001),
      image="%systemroot%\\system32\\lsass.exe", start=2, deps=["RpcSs"], sid_type=1)
    config_nc = f"CN=Configuration,{dn}"
    m.key(f"{m.services}\\NTDS\\Parameters").update([
        ("Configuration NC", sz(config_nc)), ("Database backup path", sz("C:\\Windows\\NTDS\\dsadata.bak")),
        ("Database log files path", sz("C:\\Windows\\NTDS")), ("Database logging/recovery", sz("ON")),
        ("DSA Database file", sz("C:\\Windows\\NTDS\\ntds.dit")), ("DSA Working Directory", sz("C:\\Windows\\NTDS")),
        ("DsaOptions", sz("1")), ("Global Catalog Promotion Complete", dword(1)),
        ("Hierarchy Table Recalculation interval (minutes)", dword(720)),
        ("Machine DN Name", sz(f"CN=NTDS Settings,CN={computer},CN=Servers,CN={site},CN=Sites,{config_nc}")),
        ("Root Domain", sz(dn)), ("Schema Version", dword(88)),
        ("ServerNT4Emulator", dword(0)), ("Src Root Domain Srv", sz("")),
        ("Strict Replication Consistency", dword(1)), ("System Schema Version", dword(88)),
        ("LDAPServerIntegrity", dword(1)), ("TCP/IP Port", dword(389))])
    m.key(f"{m.services}\\NTDS\\Diagnostics").update([
        ("1 Knowledge Consistency Checker", dword(0)), ("2 Security Events", dword(0)),
        ("5 Replication Events", dword(0)), ("15 Field Engineering", dword(0))])
    s("Kdc", display=m.res("%SystemRoot%\\System32\\kdcsvc.dll", 1),
      description=m.res("%SystemRoot%\\System32\\kdcsvc.dll", 2),
      image="%SystemRoot%\\System32\\lsass.exe", start=2, deps=["Netlogon"], sid_type=1)
    s("DNS", display=m.res("%SystemRoot%\\system32\\dns.exe", 49152),
      description=m.res("%SystemRoot%\\system32\\dns.exe", 49153),
      image="%SystemRoot%\\system32\\dns.exe", start=2, type=0x10, deps=["Afd", "Tcpip", "RpcSs"],
      failure=RESTART_TWICE, sid_type=1)
    m.key(f"{m.services}\\DNS\\Parameters").update([
        ("DsPollingInterval", dword(180)), ("DsTombstoneInterval", dword(1209600)),
        ("GlobalQueryBlockList", multi_sz("wpad", "isatap")), ("EnableGlobalQueryBlockList", dword(1)),
        ("PreviousLocalHostname", sz(f"{computer.lower()}.{dns_domain}"))])
    dfs_replication(m)
    m.key(f"{m.services}\\DFSR\\Parameters\\SysVols\\Migrating SysVols").set("Local State", dword(3))
    m.key(f"{m.services}\\DFSR\\Parameters\\SysVols\\Seeding SysVols")
    dfs_namespace(m)
    s("IsmServ", display=m.res("%SystemRoot%\\System32\\ismserv.exe", 100),
      description=m.res("%SystemRoot%\\System32\\ismserv.exe", 101),
      image="%SystemRoot%\\System32\\ismserv.exe", start=2, type=0x10, deps=["RpcSs", "NTDS"], sid_type=1)
    s("ADWS", display="Active Directory Web Services",
      description="This service provides a Web Service interface to instances of the directory service (AD DS and AD LDS) that are running locally on this server. If this service is stopped or disabled, client applications, such as Active Directory PowerShell, will not be able to access or manage any directory service instances that are running locally on this server.",
      image="%systemroot%\\ADWS\\Microsoft.ActiveDirectory.WebServices.exe", start=2, type=0x10,
      deps=["NTDS"], failure=RESTART_TWICE, sid_type=1)
    s("NtFrs", display=m.res("%SystemRoot%\\system32\\ntfrsres.dll", 1),
      description=m.res("%SystemRoot%\\system32\\ntfrsres.dll", 2),
      image="%SystemRoot%\\system32\\ntfrs.exe", start=4, type=0x10, deps=["RPCSS"], sid_type=1)
    sysvol = "C:\\Windows\\SYSVOL\\sysvol"
    m.key(f"{m.services}\\Netlogon\\Parameters").update([
        ("DisablePasswordChange", dword(0)), ("MaximumPasswordAge", dword(30)),
        ("RefusePasswordChange", dword(0)), ("RequireSignOrSeal", dword(1)), ("RequireStrongKey", dword(1)),
        ("SealSecureChannel", dword(1)), ("SignSecureChannel", dword(1)), ("Update", sz("no")),
        ("SysVol", sz(sysvol)), ("SysvolReady", dword(1)),
        ("ScriptPath", sz(f"{sysvol}\\{dns_domain}\\SCRIPTS")), ("DynamicSiteName", sz(site)),
        ("FullSecureChannelProtection", dword(1))])
    m.share("NETLOGON", f"{sysvol}\\{dns_domain}\\SCRIPTS", remark="Logon server share ")
    m.share("SYSVOL", sysvol, remark="Logon server share ")


def dfs_namespace(m: Machine):
    m.service("Dfs", display=m.res("%systemroot%\\system32\\dfssvc.exe", 100),
              description=m.res("%systemroot%\\system32\\dfssvc.exe", 101),
              image="%SystemRoot%\\system32\\dfssvc.exe", start=2, type=0x10,
              deps=["LanmanWorkstation", "LanmanServer", "DfsDriver", "Mup"], failure=RESTART_TWICE,
              sid_type=1)


def dfs_replication(m: Machine):
    m.service("DFSR", display=m.res("%SystemRoot%\\system32\\dfsrres.dll", 101),
              description=m.res("%SystemRoot%\\system32\\dfsrres.dll", 102),
              image="%SystemRoot%\\system32\\DFSRs.exe", start=2, type=0x10, deps=["RpcSs", "EventLog"],
              failure=RESTART_TWICE, sid_type=1)


# ------------------------------------------------------------------------- admin tools
def sccm_client(m: Machine, site_code="P01"):
    m.service("CcmExec", display="SMS Agent Host", inbox=False,
              description="Provides change and configuration management services using the Microsoft Configuration Manager.",
              image="C:\\Windows\\CCM\\CcmExec.exe", start=2, type=0x10, deps=["Winmgmt"],
              delayed=True, failure=failure_actions(86400, [(1, 60000), (1, 60000), (0, 0)]))
    mc = f"{SOFTWARE}\\Microsoft\\SMS\\Mobile Client"
    m.key(mc).update([("ProductVersion", sz("5.00.9128.1000")), ("AssignedSiteCode", sz(site_code)),
                      ("GPRequestedSiteAssignmentCode", sz(""))])
    m.key(f"{SOFTWARE}\\Microsoft\\CCMSetup").update([
        ("LastValidMP", sz("https://cm01.corp.contoso.com")), ("CcmSetupBitness", dword(64))])
    m.snap.export(f"{SOFTWARE}\\Microsoft\\SMS")
    m.snap.export(f"{SOFTWARE}\\Microsoft\\CCMSetup")


def psexec_leftover(m: Machine):
    """What PsExec leaves behind when a session ends badly: its service, not removed."""
    m.service("PSEXESVC", display="PSEXESVC", inbox=False, image="%SystemRoot%\\PSEXESVC.exe",
              start=3, type=0x10)


def computer_browser(m: Machine, start: int):
    m.service("Browser", display=m.res("%systemroot%\\system32\\browser.dll", 100),
              description=m.res("%systemroot%\\system32\\browser.dll", 101),
              image=m.svchost("netsvcs"), start=start, deps=["LanmanWorkstation", "LanmanServer"],
              failure=RESTART_TWICE, sid_type=1, dll="%SystemRoot%\\System32\\browser.dll")


def smb1_client_driver(m: Machine):
    m.service("mrxsmb10", display="SMB 1.x MiniRedirector", description="Implements the SMB 1.x (CIFS) protocol. This mini-redirector is needed to support connections to servers that do not support newer SMB protocols.",
              image="system32\\DRIVERS\\mrxsmb10.sys", start=2, type=2, obj=None,
              deps=["mrxsmb"], group="Network")


# ------------------------------------------------------------------------- Windows Server 2008 R2 era
def oracle_11g(m: Machine, sid="ORCL", home_name="OraDb11g_home1"):
    home = "C:\\app\\oracle\\product\\11.2.0\\dbhome_1"
    key = f"{SOFTWARE}\\ORACLE"
    m.key(key).set("inst_loc", sz("C:\\Program Files\\Oracle\\Inventory"))
    m.key(f"{key}\\KEY_{home_name}").update([
        ("ORACLE_HOME", sz(home)), ("ORACLE_HOME_NAME", sz(home_name)),
        ("ORACLE_GROUP_NAME", sz(f"Oracle - {home_name}")), ("ORACLE_BUNDLE_NAME", sz("Enterprise")),
        ("NLS_LANG", sz("AMERICAN_AMERICA.WE8MSWIN1252")), ("OLEDB", sz(f"{home}\\oledb\\mesg")),
        ("ORACLE_HOME_KEY", sz(f"SOFTWARE\\ORACLE\\KEY_{home_name}")), ("ORACLE_BASE", sz("C:\\app\\oracle")),
        ("MSHELP_TOOLS", sz(f"{home}\\MSHELP")), ("SQLPATH", sz(f"{home}\\dbs")),
        ("RDBMS_CONTROL", sz(f"{home}\\DATABASE")), ("RDBMS_ARCHIVE", sz(f"{home}\\DATABASE\\ARCHIVE")),
        ("ORACLE_SID", sz(sid.lower())), (f"ORA_{sid}_AUTOSTART", sz("TRUE")),
        (f"ORA_{sid}_SHUTDOWN", sz("TRUE")), (f"ORA_{sid}_SHUTDOWNTYPE", sz("i")),
        (f"ORA_{sid}_SHUTDOWN_TIMEOUT", sz("90"))])
    m.snap.export(key)
    m.service(f"OracleService{sid}", display=f"OracleService{sid}", inbox=False,
              image=f"c:\\app\\oracle\\product\\11.2.0\\dbhome_1\\bin\\ORACLE.EXE {sid}", start=2, type=0x10)
    m.service(f"Oracle{home_name}TNSListener", display=f"Oracle{home_name}TNSListener", inbox=False,
              image=f"{home}\\BIN\\TNSLSNR", start=2, type=0x10)
    m.service(f"OracleVssWriter{sid}", display=f"Oracle {sid} VSS Writer Service", inbox=False,
              image=f'"{home}\\bin\\OraVSSW.exe" {sid}', start=3, type=0x10)
    m.service(f"OracleJobScheduler{sid}", display=f"OracleJobScheduler{sid}", inbox=False,
              image=f"{home}\\Bin\\extjob.exe {sid}", start=4, type=0x10)
    m.service(f"OracleDBConsole{sid.lower()}", display=f"OracleDBConsole{sid.lower()}", inbox=False,
              image=f"{home}\\bin\\nmesrvc.exe", start=2, type=0x10)


def exchange_2010(m: Machine):
    v14 = "C:\\Program Files\\Microsoft\\Exchange Server\\V14"

    def ex(name, display, exe, deps=(), description=None, start=2):
        m.service(name, display=display, inbox=False, image=f'"{v14}\\Bin\\{exe}"', start=start,
                  type=0x10, deps=deps, description=description,
                  failure=failure_actions(86400, [(1, 5000), (1, 5000), (1, 5000)]))

    ex("MSExchangeADTopology", "Microsoft Exchange Active Directory Topology",
       "Microsoft.Exchange.Directory.TopologyService.exe", deps=["NetTcpPortSharing"],
       description="Provides Active Directory topology information to Exchange services. If this service is stopped, most Exchange services can't start.")
    ex("MSExchangeIS", "Microsoft Exchange Information Store", "store.exe",
       deps=["MSExchangeADTopology", "RPCSS", "LanmanServer", "LanmanWorkstation"],
       description="Manages the Microsoft Exchange Information Store. This includes mailbox databases and public folder databases. If this service is stopped, mailbox databases and public folder databases on this computer are unavailable. If this service is disabled, any services that explicitly depend on it will fail to start.")
    ex("MSExchangeSA", "Microsoft Exchange System Attendant", "mad.exe",
       deps=["MSExchangeADTopology", "RPCSS", "LanmanServer", "LanmanWorkstation"],
       description="Forwards directory lookups to a global catalog server for legacy Outlook clients, generates e-mail addresses and offline address books, updates free/busy information for legacy clients, and maintains permissions and group memberships for the server.")
    ex("MSExchangeRepl", "Microsoft Exchange Replication Service", "msexchangerepl.exe",
       deps=["MSExchangeADTopology"],
       description="The Microsoft Exchange Replication service provides replication functionality for mailbox databases on Mailbox servers in a database availability group (DAG).")
    ex("MSExchangeServiceHost", "Microsoft Exchange Service Host", "Microsoft.Exchange.ServiceHost.exe",
       deps=["MSExchangeADTopology"],
       description="Provides a host for several Microsoft Exchange services.")
    ex("MSExchangeTransport", "Microsoft Exchange Transport", "MSExchangeTransport.exe",
       deps=["MSExchangeADTopology"],
       description="The Microsoft Exchange Transport service.")
    setup = f"{SOFTWARE}\\Microsoft\\ExchangeServer\\v14\\Setup"
    m.key(setup).update([
        ("MsiInstallPath", sz(v14 + "\\")), ("MsiProductMajor", dword(14)), ("MsiProductMinor", dword(3)),
        ("MsiBuildMajor", dword(123)), ("MsiBuildMinor", dword(4)), ("Services", sz(v14))])
    m.key(f"{SOFTWARE}\\Microsoft\\ExchangeServer\\v14\\MailboxRole").update([
        ("ConfiguredVersion", sz("14.3.123.4")), ("UnpackedVersion", sz("14.3.123.4"))])
    m.snap.export(f"{SOFTWARE}\\Microsoft\\ExchangeServer")


def failover_cluster_2008r2(m: Machine):
    m.service("ClusSvc", display="Cluster Service", inbox=True,
              description="Enables servers to work together as a cluster to keep server-based applications highly available, regardless of individual component failures.",
              image="%SystemRoot%\\Cluster\\clussvc.exe", start=2, type=0x10,
              deps=["NetFT", "RpcSs", "ClusDisk"], failure=RESTART_TWICE, sid_type=1)
    m.service("NetFT", display="Microsoft Failover Cluster Virtual Adapter",
              image="\\SystemRoot\\System32\\drivers\\netft.sys", start=3, type=1, obj=None,
              group="PNP_TDI")
