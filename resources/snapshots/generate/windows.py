"""Building blocks of a Windows machine's registry: identity, services, SMB, LSA, UAC, printers.

Each function writes the keys a real install holds, with the values, spellings and
value order Windows uses (setup-created keys in alphabetical order, keys written
later by programs in the order the program writes them). Every function takes the
control-set name so the same data can be written as a live export
("CurrentControlSet") or an offline hive export ("ControlSet001").
"""
from __future__ import annotations

import hashlib
import struct

from regformat import Snapshot, binary, dword, expand_sz, multi_sz, qword, sz

HKLM = "HKEY_LOCAL_MACHINE"
SOFTWARE = HKLM + "\\SOFTWARE"

# Windows generations the snapshots use; they differ in svchost groups and defaults.
W2008R2, W2016, W2019, W2022, W2025, WIN11 = "2008r2", "2016", "2019", "2022", "2025", "win11"
_HAS_P_FLAG = {W2019, W2022, W2025, WIN11}  # svchost "-p" (process mitigations) since 1703
_SMBSVCS = {W2022, W2025, WIN11}             # LanmanServer moved to its own svchost group


def stable_bytes(seed: str, count: int) -> bytes:
    """Random-looking but reproducible bytes (GUIDs, PIDs) so regenerating changes nothing."""
    return hashlib.sha256(seed.encode()).digest()[:count]


def stable_guid(seed: str) -> str:
    b = stable_bytes(seed, 16)
    d1, d2, d3 = struct.unpack("<IHH", b[:8])
    return f"{{{d1:08X}-{d2:04X}-{d3:04X}-{b[8:10].hex().upper()}-{b[10:].hex().upper()}}}"


def failure_actions(reset_seconds: int, actions) -> bytes:
    """SERVICE_FAILURE_ACTIONS as the SCM stores it: header + (type, delay ms) pairs."""
    head = struct.pack("<IIIII", reset_seconds, 0, 0, len(actions), 0x14)
    return head + b"".join(struct.pack("<II", t, ms) for t, ms in actions)


RESTART_TWICE = failure_actions(86400, [(1, 60000), (1, 120000), (0, 0)])
RESTART_10S_60S = failure_actions(86400, [(1, 10000), (1, 60000), (0, 0)])


class Machine:
    """One snapshot being written: a Snapshot plus where its control set lives."""

    def __init__(self, gen: str, control_set: str = "CurrentControlSet"):
        self.gen = gen
        self.snap = Snapshot()
        self.system = f"{HKLM}\\SYSTEM\\{control_set}"
        self.services = self.system + "\\Services"
        self.control = self.system + "\\Control"
        self.computer = ""  # set by identity(); seeds this machine's GUIDs

    def key(self, path):
        return self.snap.key(path)

    def svchost(self, group: str, p: bool = True) -> str:
        flag = " -p" if p and self.gen in _HAS_P_FLAG else ""
        return f"%SystemRoot%\\system32\\svchost.exe -k {group}{flag}"

    # ---------------------------------------------------------------- services
    def service(self, name, *, display, image, start, type=0x20, obj="LocalSystem",
                description=None, deps=(), group=None, error_control=1, failure=None,
                sid_type=None, privileges=(), delayed=False, inbox=True, dll=None,
                dll_unload=False, extra=()):
        """A service key. inbox=True: values alphabetical, as setup writes them;
        inbox=False: the order CreateService/ChangeServiceConfig2 write them."""
        k = self.key(f"{self.services}\\{name}")
        k.set("Type", dword(type)).set("Start", dword(start)).set("ErrorControl", dword(error_control))
        k.set("ImagePath", expand_sz(image)).set("DisplayName", sz(display))
        if group:
            k.set("Group", sz(group))
        if deps:
            k.set("DependOnService", multi_sz(*deps))
        if obj is not None:  # drivers have no account
            k.set("ObjectName", sz(obj))
        if description is not None:
            k.set("Description", sz(description))
        if delayed:
            k.set("DelayedAutostart", dword(1))
        if failure is not None:
            k.set("FailureActions", binary(failure))
        if sid_type is not None:
            k.set("ServiceSidType", dword(sid_type))
        if privileges:
            k.set("RequiredPrivileges", multi_sz(*privileges))
        k.update(extra)
        if inbox:
            k.sort_values()
        if dll:
            p = self.key(f"{self.services}\\{name}\\Parameters")
            p.set("ServiceDll", expand_sz(dll))
            if dll_unload:
                p.set("ServiceDllUnloadOnStop", dword(1))
        return k

    def res(self, module, number):
        return f"@{module},-{number}"

    def core_services(self, role: str, smb1_installed: bool = False):
        """The ordinary services every install of this generation has.
        role: "client", "server" or "dc" (only Start values differ here)."""
        g, server = self.gen, role != "client"
        legacy = g == W2008R2
        s = self.service
        s("BFE", display=self.res("%SystemRoot%\\system32\\bfe.dll", 1001),
          description=self.res("%SystemRoot%\\system32\\bfe.dll", 1002),
          image=self.svchost("LocalServiceNoNetworkFirewall" if not legacy else "LocalServiceNoNetwork"),
          obj="NT AUTHORITY\\LocalService", start=2, deps=["RpcSs"], failure=RESTART_TWICE,
          sid_type=1, dll="%SystemRoot%\\System32\\bfe.dll")
        s("mpssvc", display=self.res("%SystemRoot%\\system32\\FirewallAPI.dll", 23090),
          description=self.res("%SystemRoot%\\system32\\FirewallAPI.dll", 23091),
          image=self.svchost("LocalServiceNoNetworkFirewall" if not legacy else "LocalServiceNoNetwork"),
          obj="NT Authority\\LocalService", start=2, deps=["mpsdrv", "bfe"], group="NetworkProvider",
          failure=RESTART_TWICE, sid_type=3, dll="%SystemRoot%\\system32\\mpssvc.dll")
        s("Dnscache", display=self.res("%SystemRoot%\\System32\\dnsapi.dll", 101),
          description=self.res("%SystemRoot%\\System32\\dnsapi.dll", 102),
          image=self.svchost("NetworkService"), obj="NT AUTHORITY\\NetworkService", start=2,
          deps=["nsi"], group="NetworkService", failure=RESTART_TWICE,
          sid_type=1, dll="%SystemRoot%\\System32\\dnsrslvr.dll", dll_unload=True)
        s("EventLog", display=self.res("%SystemRoot%\\system32\\wevtsvc.dll", 200),
          description=self.res("%SystemRoot%\\system32\\wevtsvc.dll", 201),
          image=self.svchost("LocalServiceNetworkRestricted"), obj="NT AUTHORITY\\LocalService",
          start=2, group="Event Log", failure=RESTART_TWICE, sid_type=1,
          dll="%SystemRoot%\\System32\\wevtsvc.dll")
        s("Dhcp", display=self.res("%SystemRoot%\\system32\\dhcpcore.dll", 100),
          description=self.res("%SystemRoot%\\system32\\dhcpcore.dll", 101),
          image=self.svchost("LocalServiceNetworkRestricted"), obj="NT Authority\\LocalService",
          start=2, deps=["NSI", "Afd"], group="TDI", failure=RESTART_TWICE, sid_type=1,
          dll="%SystemRoot%\\system32\\dhcpcore.dll")
        s("LmHosts", display=self.res("%SystemRoot%\\system32\\lmhsvc.dll", 101),
          description=self.res("%SystemRoot%\\system32\\lmhsvc.dll", 102),
          image=self.svchost("LocalServiceNetworkRestricted"), obj="NT AUTHORITY\\LocalService",
          start=3, deps=["Afd"], group="TDI", sid_type=1, dll="%SystemRoot%\\System32\\lmhsvc.dll",
          dll_unload=True)
        s("RpcSs", display=self.res("combase.dll", 5010), description=self.res("combase.dll", 5011),
          image=self.svchost("rpcss"), obj="NT AUTHORITY\\NetworkService", start=2,
          deps=["RpcEptMapper", "DcomLaunch"], group="COM Infrastructure", sid_type=1,
          dll="%SystemRoot%\\system32\\rpcss.dll")
        s("RpcEptMapper", display=self.res("%windir%\\system32\\RpcEpMap.dll", 1001),
          description=self.res("%windir%\\system32\\RpcEpMap.dll", 1002),
          image=self.svchost("RPCSS"), obj="NT AUTHORITY\\NetworkService", start=2,
          group="COM Infrastructure", sid_type=1, dll="%SystemRoot%\\System32\\RpcEpMap.dll")
        s("DcomLaunch", display=self.res("oleres.dll", 5012), description=self.res("oleres.dll", 5013),
          image=self.svchost("DcomLaunch"), obj="LocalSystem", start=2, group="COM Infrastructure",
          sid_type=1, dll="%SystemRoot%\\system32\\rpcss.dll")
        s("SamSS", display=self.res("%SystemRoot%\\system32\\samsrv.dll", 1),
          description=self.res("%SystemRoot%\\system32\\samsrv.dll", 2),
          image="%SystemRoot%\\system32\\lsass.exe", obj="LocalSystem", start=2, deps=["RPCSS"],
          group="MS_WindowsLocalValidation")
        s("KeyIso", display=self.res("keyiso.dll", 100), description=self.res("keyiso.dll", 101),
          image="%SystemRoot%\\system32\\lsass.exe", obj="LocalSystem", start=3, sid_type=1)
        s("Netlogon", display=self.res("%SystemRoot%\\System32\\netlogon.dll", 102),
          description=self.res("%SystemRoot%\\System32\\netlogon.dll", 103),
          image="%systemroot%\\system32\\lsass.exe", obj="LocalSystem", start=2,
          deps=["LanmanWorkstation"], group="RemoteValidation", sid_type=1)
        s("Schedule", display=self.res("%SystemRoot%\\system32\\schedsvc.dll", 100),
          description=self.res("%SystemRoot%\\system32\\schedsvc.dll", 101),
          image=self.svchost("netsvcs"), obj="LocalSystem", start=2,
          deps=["RPCSS"] if legacy else ["RPCSS", "SystemEventsBroker"], group="SchedulerGroup",
          sid_type=1, dll="%systemroot%\\system32\\schedsvc.dll")
        s("Winmgmt", display=self.res("%Systemroot%\\system32\\wbem\\wmisvc.dll", 205),
          description=self.res("%Systemroot%\\system32\\wbem\\wmisvc.dll", 204),
          image=self.svchost("netsvcs"), obj="localSystem", start=2, deps=["RPCSS"],
          failure=RESTART_TWICE, sid_type=1, dll="%SystemRoot%\\system32\\wbem\\WMIsvc.dll",
          dll_unload=True)
        s("CryptSvc", display=self.res("%SystemRoot%\\system32\\cryptsvc.dll", 1001),
          description=self.res("%SystemRoot%\\system32\\cryptsvc.dll", 1002),
          image=self.svchost("NetworkService"), obj="NT Authority\\NetworkService", start=2,
          deps=["RpcSs"], failure=RESTART_TWICE, sid_type=1,
          dll="%SystemRoot%\\system32\\cryptsvc.dll")
        s("gpsvc", display=self.res("gpapi.dll", 112), description=self.res("gpapi.dll", 113),
          image=self.svchost("netsvcs" if not legacy else "GPSvcGroup"), obj="LocalSystem",
          start=2, deps=["RPCSS", "Mup"], group="ProfSvc_Group", sid_type=1,
          dll="%SystemRoot%\\System32\\gpsvc.dll")
        s("ProfSvc", display=self.res("%SystemRoot%\\system32\\profsvc.dll", 300),
          description=self.res("%SystemRoot%\\system32\\profsvc.dll", 301),
          image=self.svchost("netsvcs"), obj="LocalSystem", start=2, deps=["RpcSs"],
          group="ProfSvc_Group", sid_type=1, dll="%SystemRoot%\\system32\\profsvc.dll")
        s("NlaSvc", display=self.res("%SystemRoot%\\System32\\nlasvc.dll", 1),
          description=self.res("%SystemRoot%\\System32\\nlasvc.dll", 2),
          image=self.svchost("NetworkService"), obj="NT AUTHORITY\\NetworkService", start=2,
          deps=["NSI", "RpcSs", "TcpIp", "Dhcp", "Eventlog"], group="NetworkProvider",
          failure=RESTART_TWICE, sid_type=1, dll="%SystemRoot%\\System32\\nlasvc.dll")
        s("wuauserv", display=self.res("%systemroot%\\system32\\wuaueng.dll", 105),
          description=self.res("%systemroot%\\system32\\wuaueng.dll", 106),
          image=self.svchost("netsvcs"), obj="LocalSystem", start=2 if legacy else 3,
          deps=["rpcss"], failure=RESTART_TWICE, sid_type=1, delayed=legacy,
          dll="%systemroot%\\system32\\wuaueng.dll")
        s("VSS", display=self.res("%systemroot%\\system32\\vssvc.exe", 102),
          description=self.res("%systemroot%\\system32\\vssvc.exe", 101),
          image="%systemroot%\\system32\\vssvc.exe", obj="LocalSystem", start=3, type=0x10,
          deps=["RPCSS"], sid_type=1)
        s("W32Time", display=self.res("%SystemRoot%\\system32\\w32time.dll", 200),
          description=self.res("%SystemRoot%\\system32\\w32time.dll", 201),
          image=self.svchost("LocalService", p=False), obj="NT AUTHORITY\\LocalService",
          start=2 if role == "dc" else 3, failure=RESTART_TWICE, sid_type=1,
          dll="%systemroot%\\system32\\w32time.dll", dll_unload=True)
        tp = self.key(f"{self.services}\\W32Time\\Parameters")
        tp.set("NtpServer", sz("time.windows.com,0x9")).set("Type", sz("NT5DS"))
        s("WinRM", display=self.res("%Systemroot%\\system32\\wsmsvc.dll", 101),
          description=self.res("%Systemroot%\\system32\\wsmsvc.dll", 102),
          image=self.svchost("NetworkService"), obj="NT AUTHORITY\\NetworkService",
          start=2 if server else 3, delayed=server, deps=["RPCSS", "HTTP"],
          failure=RESTART_TWICE, sid_type=1, dll="%SystemRoot%\\system32\\WsmSvc.dll")
        s("TermService", display=self.res("%SystemRoot%\\System32\\termsrv.dll", 268),
          description=self.res("%SystemRoot%\\System32\\termsrv.dll", 267),
          image=self.svchost("NetworkService", p=False), obj="NT Authority\\NetworkService",
          start=3, deps=["RPCSS"], failure=RESTART_TWICE, sid_type=1,
          dll="%SystemRoot%\\System32\\termsrv.dll", dll_unload=True)
        s("SessionEnv", display=self.res("%SystemRoot%\\System32\\sessenv.dll", 1026),
          description=self.res("%SystemRoot%\\System32\\sessenv.dll", 1027),
          image=self.svchost("netsvcs"), obj="localSystem", start=3, deps=["RPCSS", "LanmanWorkstation"],
          sid_type=1, dll="%SystemRoot%\\System32\\sessenv.dll")
        s("RemoteRegistry", display=self.res("regsvc.dll", 1), description=self.res("regsvc.dll", 2),
          image=self.svchost("regsvc" if legacy else "localService"),
          obj="NT AUTHORITY\\LocalService", start=2 if server else 4, deps=["RPCSS"],
          failure=RESTART_TWICE, sid_type=1, dll="%SystemRoot%\\system32\\regsvc.dll")
        self.spooler(start=2)
        self.lanman_server_service(smb1_installed)
        self.lanman_workstation_service(smb1_installed)
        if not legacy:
            s("WinDefend", display=self.res("%ProgramFiles%\\Windows Defender\\MpAsDesc.dll", 320),
              description=self.res("%ProgramFiles%\\Windows Defender\\MpAsDesc.dll", 240),
              image='"C:\\ProgramData\\Microsoft\\Windows Defender\\platform\\4.18.24090.11-0\\MsMpEng.exe"',
              obj="LocalSystem", start=2, type=0x10, deps=["RpcSs"], failure=RESTART_10S_60S,
              sid_type=1, extra=[("LaunchProtected", dword(3))])
        if server:
            s("sppsvc", display=self.res("%SystemRoot%\\system32\\sppsvc.exe", 101),
              description=self.res("%SystemRoot%\\system32\\sppsvc.exe", 100),
              image="%SystemRoot%\\system32\\sppsvc.exe", obj="NT AUTHORITY\\NetworkService",
              start=2, type=0x10, deps=["RpcSs"], delayed=True, sid_type=1)
            if not legacy:
                s("UALSVC", display=self.res("%SystemRoot%\\system32\\ualsvc.dll", 102),
                  description=self.res("%SystemRoot%\\system32\\ualsvc.dll", 103),
                  image=self.svchost("netsvcs"), obj="LocalSystem", start=2, delayed=True,
                  deps=["WinMgmt"], sid_type=1, dll="%SystemRoot%\\system32\\ualsvc.dll")

    def spooler(self, start: int):
        self.service("Spooler", display=self.res("%systemroot%\\system32\\spoolsv.exe", 1),
                     description=self.res("%systemroot%\\system32\\spoolsv.exe", 2),
                     image="%SystemRoot%\\System32\\spoolsv.exe", obj="LocalSystem", start=start,
                     type=0x110, deps=["RPCSS", "http"], group="SpoolerGroup",
                     failure=RESTART_TWICE, sid_type=1,
                     privileges=["SeTcbPrivilege", "SeImpersonatePrivilege", "SeAuditPrivilege",
                                 "SeChangeNotifyPrivilege", "SeAssignPrimaryTokenPrivilege",
                                 "SeLoadDriverPrivilege"])

    def lanman_server_service(self, smb1_installed: bool):
        g = self.gen
        group = "smbsvcs" if g in _SMBSVCS else "netsvcs"
        self.service("LanmanServer", display=self.res("%systemroot%\\system32\\srvsvc.dll", 100),
                     description=self.res("%systemroot%\\system32\\srvsvc.dll", 101),
                     image=self.svchost(group, p=group == "netsvcs"), obj="LocalSystem", start=2,
                     deps=["SamSS", "Srv" if g == W2008R2 else "Srv2"],
                     failure=failure_actions(86400, [(1, 10000), (1, 60000), (0, 0)]),
                     sid_type=1, privileges=["SeChangeNotifyPrivilege", "SeImpersonatePrivilege",
                                             "SeAuditPrivilege", "SeLoadDriverPrivilege"])

    def lanman_workstation_service(self, smb1_installed: bool):
        deps = ["Bowser"] + (["MRxSmb10"] if smb1_installed else []) + ["MRxSmb20", "NSI"]
        self.service("LanmanWorkstation", display=self.res("%systemroot%\\system32\\wkssvc.dll", 100),
                     description=self.res("%systemroot%\\system32\\wkssvc.dll", 101),
                     image=self.svchost("NetworkService"), obj="NT AUTHORITY\\NetworkService",
                     start=2, deps=deps, group="NetworkProvider", failure=RESTART_TWICE, sid_type=1,
                     privileges=["SeChangeNotifyPrivilege", "SeImpersonatePrivilege"],
                     dll="%SystemRoot%\\System32\\wkssvc.dll", dll_unload=True)
        # SMB client signing: required outbound by default from Server 2025 / Windows 11 24H2 on
        required = 1 if self.gen == W2025 else 0
        self.key(f"{self.services}\\LanmanWorkstation\\Parameters").update([
            ("EnablePlainTextPassword", dword(0)), ("EnableSecuritySignature", dword(1)),
            ("RequireSecuritySignature", dword(required))])

    # ---------------------------------------------------------------- identity
    def identity(self, *, computer, product_type, suite, domain, version: dict):
        """ProductOptions, ComputerName, Tcpip host/domain and Windows NT\\CurrentVersion."""
        self.computer = computer
        self.key(f"{self.control}\\ProductOptions").update([
            ("ProductType", sz(product_type)), ("ProductSuite", multi_sz(*suite))])
        self.key(f"{self.control}\\ComputerName\\ActiveComputerName").set("ComputerName", sz(computer))
        self.key(f"{self.control}\\ComputerName\\ComputerName").update([
            ("", sz("mnmsrvc")), ("ComputerName", sz(computer))])
        self.service("Tcpip", display=self.res("%SystemRoot%\\system32\\tcpipcfg.dll", 50003),
                     description=self.res("%SystemRoot%\\system32\\tcpipcfg.dll", 50004),
                     image="System32\\drivers\\tcpip.sys", start=0, type=1, error_control=3,
                     obj=None, group="PNP_TDI", extra=[("Tag", dword(3))])
        tcpip = self.key(f"{self.services}\\Tcpip\\Parameters")
        tcpip.update([
            ("NV Hostname", sz(computer)), ("DataBasePath", expand_sz("%SystemRoot%\\System32\\drivers\\etc")),
            ("NameServer", sz("")), ("ForwardBroadcasts", dword(0)), ("IPEnableRouter", dword(0)),
            ("Domain", sz(domain)), ("Hostname", sz(computer)), ("SearchList", sz("")),
            ("UseDomainNameDevolution", dword(1)), ("EnableICMPRedirect", dword(1)),
            ("DeadGWDetectDefault", dword(1)), ("DontAddDefaultGatewayDefault", dword(0)),
            ("NV Domain", sz(domain))])
        cv = self.key(f"{SOFTWARE}\\Microsoft\\Windows NT\\CurrentVersion")
        cv.update(version.items())
        return cv

    # ---------------------------------------------------------------- SMB server
    def lanman_server_parameters(self, *, pipes=(), shares=None, signing_required=False, size=3,
                                 adjusted_pipes=2, extra=()):
        """LanmanServer\\Parameters in the order setup writes it.
        pipes: list of pipe names, [] for the empty multi-sz, None for "value absent".
        shares: NullSessionShares list, or None for absent."""
        p = self.key(f"{self.services}\\LanmanServer\\Parameters")
        if pipes is not None:
            p.set("NullSessionPipes", multi_sz(*pipes))
        p.update([
            ("autodisconnect", dword(0x0f)), ("enableforcedlogoff", dword(1)),
            ("enablesecuritysignature", dword(1 if signing_required else 0)),
            ("requiresecuritysignature", dword(1 if signing_required else 0)),
            ("restrictnullsessaccess", dword(1)),
            ("ServiceDll", expand_sz("%SystemRoot%\\system32\\srvsvc.dll")),
            ("ServiceDllUnloadOnStop", dword(1)),
            ("Guid", binary(stable_bytes(self.computer + self.system + "srv", 16)))])
        if self.gen != W2008R2 and adjusted_pipes is not None:
            p.set("AdjustedNullSessionPipes", dword(adjusted_pipes))
        p.update([("EnableAuthenticateUserSharing", dword(0)), ("Lmannounce", dword(0)),
                  ("Size", dword(size))])
        if shares is not None:
            p.set("NullSessionShares", multi_sz(*shares))
        p.update(extra)
        self.key(f"{self.services}\\LanmanServer\\Shares")
        self.key(f"{self.services}\\LanmanServer\\Shares\\Security")
        return p

    def share(self, name, path, remark="", max_uses=4294967295, csc_flags=0):
        """A share the Server service recreates at start (LanmanServer\\Shares)."""
        entries = [f"CATimeout=0", f"CSCFlags={csc_flags}", f"MaxUses={max_uses}", f"Path={path}",
                   "Permissions=0", f"Remark={remark}", f"ShareName={name}", "Type=0"]
        if self.gen == W2008R2:
            entries = [e for e in entries if not e.startswith("CATimeout")]
        self.key(f"{self.services}\\LanmanServer\\Shares").set(name, multi_sz(*entries))

    # ---------------------------------------------------------------- LSA and UAC
    def lsa(self, *, restrict_anonymous=0, restrict_anonymous_sam=1, everyone_includes_anonymous=0,
            lsa_pid=0x2D4, extra=(), msv1_0_extra=()):
        """Control\\Lsa with the lowercase spellings setup uses; restrict_anonymous=None: absent."""
        legacy = self.gen == W2008R2
        k = self.key(f"{self.control}\\Lsa")
        values = [
            ("auditbasedirectories", dword(0)), ("auditbaseobjects", dword(0)),
            ("Authentication Packages", multi_sz("msv1_0")),
            ("Bounds", binary("00 30 00 00 00 20 00 00")), ("crashonauditfail", dword(0)),
            ("disabledomaincreds", dword(0)),
            ("everyoneincludesanonymous", dword(everyone_includes_anonymous)),
            ("forceguest", dword(0)), ("fullprivilegeauditing", binary("00")),
            ("LimitBlankPasswordUse", dword(1)), ("NoLmHash", dword(1)),
            ("Notification Packages", multi_sz("scecli")),
            ("restrictanonymoussam", dword(restrict_anonymous_sam)),
            ("SecureBoot", dword(1)),
            ("Security Packages", multi_sz("kerberos", "msv1_0", "schannel", "wdigest", "tspkg", "pku2u")
             if legacy else multi_sz('""')),
            ("LsaPid", dword(lsa_pid))]
        if restrict_anonymous is not None:
            values.append(("restrictanonymous", dword(restrict_anonymous)))
        if not legacy:
            values.append(("LsaCfgFlagsDefault", dword(0)))
        k.update(values)
        k.sort_values()
        k.update(extra)  # written later by policy, so after the sorted setup values
        msv = self.key(f"{self.control}\\Lsa\\MSV1_0")
        msv.update(msv1_0_extra)
        msv.update([("NtlmMinClientSec", dword(0x20080000)), ("NtlmMinServerSec", dword(0x20080000))])
        return k

    def uac(self, *, server: bool, extra=()):
        """SOFTWARE\\...\\Policies\\System (UAC) as setup leaves it, plus later additions."""
        k = self.key(f"{SOFTWARE}\\Microsoft\\Windows\\CurrentVersion\\Policies\\System")
        legacy = self.gen == W2008R2
        k.update([("ConsentPromptBehaviorAdmin", dword(5)), ("ConsentPromptBehaviorUser", dword(3))])
        if not legacy:
            k.update([("DSCAutomationHostEnabled", dword(2)), ("EnableCursorSuppression", dword(1)),
                      ("EnableFullTrustStartupTasks", dword(2))])
        k.update([("EnableInstallerDetection", dword(1)), ("EnableLUA", dword(1)),
                  ("EnableSecureUIAPaths", dword(1)), ("EnableUIADesktopToggle", dword(0))])
        if not legacy:
            k.set("EnableUwpStartupTasks", dword(2))
        k.set("EnableVirtualization", dword(1))
        if legacy or server:
            k.set("FilterAdministratorToken", dword(0))
        k.set("PromptOnSecureDesktop", dword(1))
        if not legacy:
            k.update([("SupportFullTrustStartupTasks", dword(1)), ("SupportUwpStartupTasks", dword(1))])
        k.update([("ValidateAdminCodeSignatures", dword(0)), ("dontdisplaylastusername", dword(0)),
                  ("legalnoticecaption", sz("")), ("legalnoticetext", sz("")),
                  ("scforceoption", dword(0)), ("shutdownwithoutlogon", dword(0 if server else 1)),
                  ("undockwithoutlogon", dword(1))])
        if self.gen == WIN11:
            k.set("DelayedDesktopSwitchTimeout", dword(0))
        k.update(extra)
        base = f"{SOFTWARE}\\Microsoft\\Windows\\CurrentVersion\\Policies\\System"
        self.key(base + "\\Audit")
        self.key(base + "\\UIPI")
        self.key(base + "\\UIPI\\Clipboard")
        self.key(base + "\\UIPI\\Clipboard\\ExceptionFormats").update([
            ("CF_TEXT", dword(1)), ("CF_BITMAP", dword(2)), ("CF_OEMTEXT", dword(7)),
            ("CF_DIB", dword(8)), ("CF_PALETTE", dword(9)), ("CF_UNICODETEXT", dword(0x0d)),
            ("CF_DIBV5", dword(0x11))])
        return k

    # ---------------------------------------------------------------- printers
    def printer(self, name, *, driver, port, attributes, share_name="", location="", comment="",
                priority=1):
        """Control\\Print\\Printers\\<name>; attributes 0x8 = shared."""
        self.key(f"{self.control}\\Print\\Printers")
        base = f"{self.control}\\Print\\Printers\\{name}"
        self.key(base).update([
            ("Name", sz(name)), ("Share Name", sz(share_name)), ("Print Processor", sz("winprint")),
            ("Datatype", sz("RAW")), ("Parameters", sz("")),
            ("ObjectGUID", sz(stable_guid(self.computer + self.system + name)[1:-1].lower())),
            ("DsKeyUpdate", dword(0)), ("DsKeyUpdateForeground", dword(0)),
            ("Description", sz(comment)), ("Location", sz(location)), ("Port", sz(port)),
            ("Printer Driver", sz(driver)), ("Separator File", sz("")), ("Attributes", dword(attributes)),
            ("Priority", dword(priority)), ("Default Priority", dword(0)), ("StartTime", dword(0)),
            ("UntilTime", dword(0)), ("Status", dword(0)), ("dnsTimeout", dword(15000)),
            ("txTimeout", dword(45000)), ("ChangeID", dword(int.from_bytes(stable_bytes(name, 4), "little")))])
        self.key(base + "\\PrinterDriverData")
        return base

    def print_to_pdf_and_xps(self):
        self.printer("Microsoft Print to PDF", driver="Microsoft Print To PDF", port="PORTPROMPT:",
                     attributes=0x00000a40)
        self.printer("Microsoft XPS Document Writer", driver="Microsoft XPS Document Writer v4",
                     port="PORTPROMPT:", attributes=0x00000a40)

    # ---------------------------------------------------------------- export roots
    def export_common(self, extra_service_roots=()):
        """The subtrees a live export of this machine shows, in a fixed order."""
        e = self.snap.export
        e(f"{SOFTWARE}\\Microsoft\\Windows NT\\CurrentVersion")
        e(f"{SOFTWARE}\\Microsoft\\Windows\\CurrentVersion\\Policies\\System")
        for root in extra_service_roots:
            e(root)
        e(f"{self.control}\\ComputerName")
        e(f"{self.control}\\Lsa")
        if self.snap.has(f"{self.control}\\Print\\Printers"):
            e(f"{self.control}\\Print\\Printers")
        e(f"{self.control}\\ProductOptions")
        e(self.services)
