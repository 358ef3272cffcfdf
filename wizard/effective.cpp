#include "wizard/effective.h"

#include <algorithm>
#include <cstdlib>

#include "wizard/plan.h"
#include "wizard/reg_path.h"

namespace sg {
namespace {

/// Windows 11 24H2 (build 26100) requires SMB signing inbound by default (Microsoft
/// "SMB signing required by default"); Server 2025 shares the build number but
/// requires it outbound only.
constexpr int first_build_requiring_signing = 26100;

std::vector<std::string> folded_sorted(const reg_value& v) {
    auto names = v.try_as_multi_string().value_or(std::vector<std::string>{});
    for (auto& n : names) n = fold_case(n);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

}  // namespace

bool is_server_service_setting(const setting& s) {
    return names_equal(s.key, "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters");
}

std::optional<reg_value> try_windows_default(const setting& s, const scan_result& scan) {
    if (s.id == "NullSessionPipes") {
        // Domain controllers: netlogon, samr, lsarpc; members and clients: not
        // defined, so no pipe is open to null sessions (SecPol named-pipes page).
        if (scan.product == product_type::domain_controller)
            return reg_value::multi_string({"netlogon", "samr", "lsarpc"});
        if (scan.product == product_type::unknown) return std::nullopt;
        return reg_value::multi_string({});
    }
    if (s.id == "NullSessionShares") return reg_value::multi_string({});  // not defined on all roles
    if (s.id == "SMB1") {
        // "Default: 1 = Enabled (No registry key is created)" where the server is installed.
        if (scan.smb1_server.state == feature_state::installed) return reg_value::dword(1);
        if (scan.smb1_server.state == feature_state::not_installed) return reg_value::dword(0);
        return std::nullopt;
    }
    if (s.id == "RequireSecuritySignature") {
        if (scan.product == product_type::domain_controller) return reg_value::dword(1);
        const int build = std::atoi(scan.os_build.c_str());
        if (build <= 0 || scan.product == product_type::unknown) return std::nullopt;
        const bool requires_signing =
            scan.product == product_type::workstation && build >= first_build_requiring_signing;
        return reg_value::dword(requires_signing ? 1 : 0);
    }
    // RestrictRemoteSAM has a hard-coded default that depends on the build and the
    // installed updates (RemoteSAM doc): no default_value, so it stays unknown.
    return s.default_value;
}

std::optional<reg_value> try_effective_value(const setting& s, const std::optional<reg_value>& raw,
                                             const scan_result& scan) {
    if (s.id == "SMB1") {
        // Without the SMBv1 server no value switches it on; with it, the value decides.
        if (scan.smb1_server.state == feature_state::not_installed) return reg_value::dword(0);
        if (scan.smb1_server.state == feature_state::unknown) return std::nullopt;
    }
    if (!raw) return try_windows_default(s, scan);
    if (raw->type != s.type) return std::nullopt;
    return raw;
}

bool same_effect(const reg_value& a, const reg_value& b) {
    if (same_bytes_for_windows(a, b)) return true;
    // Beyond the same data: a list with the same names in another order or case.
    return a.type == reg_type::multi_sz && b.type == reg_type::multi_sz && folded_sorted(a) == folded_sorted(b);
}

}  // namespace sg
