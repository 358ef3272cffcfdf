"""Policy traces a managed machine's registry holds: Group Policy History (domain GPOs)
and the MDM PolicyManager / Enrollments keys (Intune). Sources and what is best-effort:
shared/reference/fleet-and-packaging.md §3 and ../README.md ("Policy-managed machines").
"""
from __future__ import annotations

from regformat import dword, sz
from windows import SOFTWARE, Machine

GROUP_POLICY = f"{SOFTWARE}\\Microsoft\\Windows\\CurrentVersion\\Group Policy"
SECURITY_CSE = "{827D319E-6EAC-11D2-A4EA-00C04F79F83A}"   # KB216357
REGISTRY_CSE = "{35378EAC-683F-11D2-A89A-00C04FBBCFA2}"   # KB216357
EFS_SNAPIN = "{803E14A0-B4FB-11D0-A0D0-00A0C90F574B}"     # the tool GUID a security-settings GPO lists
POLICY_MANAGER = f"{SOFTWARE}\\Microsoft\\PolicyManager"
ENROLLMENTS = f"{SOFTWARE}\\Microsoft\\Enrollments"


def gpo_history(m: Machine, cse: str, gpos, *, domain: str, domain_dn: str):
    """History\\{cse}\\0..n, one subkey per GPO in applied order (KB201453). gpos: (guid, name, link_dn, version)."""
    for n, (guid, name, link_dn, version) in enumerate(gpos):
        m.key(f"{GROUP_POLICY}\\History\\{cse}\\{n}").update([
            ("DisplayName", sz(name)),
            ("DSPath", sz(f"LDAP://CN=Machine,cn={guid},cn=policies,cn=system,{domain_dn}")),
            ("Extensions", sz(f"[{cse}{EFS_SNAPIN}]" if cse == SECURITY_CSE else f"[{cse}]")),
            ("FileSysPath", sz(f"\\\\{domain}\\SysVol\\{domain}\\Policies\\{guid}\\Machine")),
            ("GPOName", sz(guid)), ("Link", sz(f"LDAP://{link_dn}")), ("lParam", dword(0)),
            ("Options", dword(0)), ("Version", dword(version))])


def gp_state(m: Machine, *, computer_dn: str, cses):
    """Group Policy\\State\\Machine: the last processing run and each extension's status (0 = success)."""
    state = f"{GROUP_POLICY}\\State\\Machine"
    m.key(state).update([("Distinguished-Name", sz(computer_dn)), ("Flags", dword(0))])
    for n, cse in enumerate(["{00000000-0000-0000-0000-000000000000}", *cses]):
        m.key(f"{state}\\Extension-List\\{cse}").update([
            ("startTimeHi", dword(0x01DB2C4E)), ("startTimeLo", dword(0x6F3A1000 + n * 0x10000)),
            ("endTimeHi", dword(0x01DB2C4E)), ("endTimeLo", dword(0x6F3A8000 + n * 0x10000)),
            ("Status", dword(0)), ("diagnosticModeEnabled", dword(0))])
    m.snap.export(GROUP_POLICY)


def mdm_enrollment(m: Machine, guid: str, *, upn: str):
    """Enrollments\\<GUID> of an Intune (MS DM Server) enrollment."""
    m.key(f"{ENROLLMENTS}\\{guid}").update([
        ("EnrollmentState", dword(1)), ("EnrollmentType", dword(6)),
        ("ProviderID", sz("MS DM Server")), ("UPN", sz(upn)),
        ("DiscoveryServiceFullURL", sz("https://enrollment.manage.microsoft.com/enrollmentserver/discovery.svc"))])
    m.snap.export(ENROLLMENTS)


def mdm_policies(m: Machine, guid: str, area: str, nodes):
    """current\\device\\<area> (the winning values) and the provider's own copy. nodes: (node, reg value)."""
    current = m.key(f"{POLICY_MANAGER}\\current\\device\\{area}")
    provider = m.key(f"{POLICY_MANAGER}\\providers\\{guid}\\default\\Device\\{area}")
    for node, value in nodes:
        current.update([(node, value), (f"{node}_ProviderSet", dword(1)), (f"{node}_WinningProvider", sz(guid))])
        provider.update([(node, value), (f"{node}_LastWrite", dword(1))])
    m.snap.export(POLICY_MANAGER)
