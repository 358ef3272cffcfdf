#pragma once
// The Remediation's decision table: per value, where it lives, what it must
// hold (or that it must be absent) and what a change needs before it takes
// effect. The detection script is generated from this table and applies the
// rules of remediation_verdict() below; the tests run the rules here, on the
// engine, because this machine has no PowerShell to run the script.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "wizard/catalog.h"
#include "wizard/fleet/deployment.h"
#include "wizard/reg_value.h"

namespace sg::fleet {

/// What a row expects; the names are .NET's RegistryValueKind names, which the
/// script compares against GetValueKind() (absent: no such value).
enum class expected_kind { absent, dword, string, multi_string };

struct expected_value {
    const setting* entry = nullptr;
    std::string key;    ///< below HKLM: "SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters"
    std::string name;   ///< value name
    expected_kind kind = expected_kind::absent;
    std::uint32_t dword = 0;           ///< kind dword
    std::string text;                  ///< kind string
    std::vector<std::string> list;     ///< kind multi_string (in order; may be empty)
};
using remediation_table = std::vector<expected_value>;

/// The row that checks `v` (catalog REG_DWORD / REG_SZ / REG_MULTI_SZ values; nullopt = absent).
expected_value expected_row(const deployed_value& v);

/// The observation of one row, as the script reads it: nullopt = no such value.
using observed_value = std::optional<reg_value>;

struct verdict {
    int exit_code = 0;               ///< 1: some value differs ("not compliant", Remediation runs); 0: compliant
    std::vector<std::string> lines;  ///< what the detection script writes, one line each
};

/// The detection rules. Per row: absent must be absent; otherwise the value must
/// exist with the same kind (REG_DWORD, REG_SZ, REG_MULTI_SZ: no other type is
/// accepted) and equal data: DWORDs numerically, REG_SZ ordinally (case-sensitive),
/// REG_MULTI_SZ element by element in order (trailing empty strings dropped, as
/// Windows reads them; an empty list equals an empty value). `observed` is
/// parallel to `table`.
verdict remediation_verdict(const remediation_table& table, const std::vector<observed_value>& observed);

/// The texts the lines are built from, shared with the script generator so both
/// render alike. "absent", "DWord 1", "String \"x\"", "MultiString {a, b}", or the
/// .NET kind name ("ExpandString", "Binary", "QWord", "Unknown"...) for other types.
std::string render_expected(const expected_value& row);
std::string render_observed(const observed_value& v);
/// Control characters become '?'; longer than `max` UTF-16 units: cut to max-3 and "...".
std::string limit_text(const std::string& utf8, std::size_t max);

/// The caps the lines use (the script carries the same numbers).
inline constexpr std::size_t max_data_chars = 32;
inline constexpr std::size_t max_error_chars = 32;
/// Intune keeps this many characters of a script's output (memdocs remediations.md).
inline constexpr std::size_t intune_output_limit = 2048;

/// Upper bounds on what each script writes for this table, counting CR LF per
/// line; tests check they stay under intune_output_limit for the whole catalog.
std::size_t detect_output_bound(const remediation_table& table);
std::size_t remediate_output_bound(const remediation_table& table);

/// The note a change of this setting carries in the remediation output, or "".
std::string pending_note(restart_need r);

}  // namespace sg::fleet
