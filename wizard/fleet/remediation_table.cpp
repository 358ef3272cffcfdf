#include "wizard/fleet/remediation_table.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "wizard/fleet/exported_file.h"

namespace sg::fleet {
namespace {

/// The list as the rules compare it: empty elements carry no name (a domain
/// controller's export shows a leading one, fleet-and-packaging.md 2.1), and
/// .NET versions differ in whether GetValue() returns them, so both sides drop them.
std::vector<std::string> without_empty(std::vector<std::string> list) {
    list.erase(std::remove(list.begin(), list.end(), std::string()), list.end());
    return list;
}

std::string join_list(const std::vector<std::string>& list) {
    std::string out = "MultiString {";
    for (std::size_t i = 0; i < list.size(); ++i) out += (i ? ", " : "") + list[i];
    return out + "}";
}

/// .NET's RegistryValueKind name for a type, as GetValueKind().ToString() gives it.
std::string kind_name(reg_type t) {
    switch (t) {
    case reg_type::none: return "None";
    case reg_type::sz: return "String";
    case reg_type::expand_sz: return "ExpandString";
    case reg_type::binary: return "Binary";
    case reg_type::dword: return "DWord";
    case reg_type::multi_sz: return "MultiString";
    case reg_type::qword: return "QWord";
    default: return "Unknown";
    }
}

bool compliant(const expected_value& row, const observed_value& obs) {
    if (row.kind == expected_kind::absent) return !obs.has_value();
    if (!obs) return false;
    switch (row.kind) {
    case expected_kind::dword: return obs->type == reg_type::dword && obs->try_as_dword() == row.dword;
    case expected_kind::string: return obs->type == reg_type::sz && obs->try_as_string() == row.text;
    case expected_kind::multi_string: {
        if (obs->type != reg_type::multi_sz) return false;
        auto list = obs->try_as_multi_string();
        return list && without_empty(*list) == without_empty(row.list);
    }
    case expected_kind::absent: break;
    }
    return false;
}

std::size_t digits(std::size_t n) { return std::to_string(n).size(); }
constexpr std::size_t crlf = 2;

std::size_t limited_size(const std::string& text, std::size_t max) {
    return utf8_to_utf16(limit_text(text, max)).size();
}

}  // namespace

expected_value expected_row(const deployed_value& v) {
    expected_value row;
    row.entry = v.entry;
    row.key = key_below_hklm(*v.entry);
    row.name = v.entry->value_name;
    if (!v.value) return row;  // absent
    if (auto d = v.value->type == reg_type::dword ? v.value->try_as_dword() : std::nullopt) {
        row.kind = expected_kind::dword;
        row.dword = *d;
    } else if (v.value->type == reg_type::sz) {
        row.kind = expected_kind::string;
        row.text = v.value->try_as_string().value_or("");
    } else if (v.value->type == reg_type::multi_sz) {
        row.kind = expected_kind::multi_string;
        row.list = without_empty(v.value->try_as_multi_string().value_or(std::vector<std::string>{}));
    } else {
        // The catalog holds REG_DWORD, REG_SZ and REG_MULTI_SZ values only.
        throw std::logic_error("fleet: no remediation rule for " + reg_type_name(v.value->type) + " (" + row.name + ")");
    }
    return row;
}

std::string render_expected(const expected_value& row) {
    switch (row.kind) {
    case expected_kind::absent: return "absent";
    case expected_kind::dword: return fmt::format("DWord {}", row.dword);
    case expected_kind::string: return "String \"" + row.text + "\"";
    case expected_kind::multi_string: return join_list(row.list);
    }
    return "absent";
}

std::string render_observed(const observed_value& v) {
    if (!v) return "absent";
    if (v->type == reg_type::dword) {
        auto d = v->try_as_dword();
        return d ? fmt::format("DWord {}", *d) : "DWord";
    }
    if (v->type == reg_type::sz) return "String \"" + v->try_as_string().value_or("") + "\"";
    if (v->type == reg_type::multi_sz)
        return join_list(without_empty(v->try_as_multi_string().value_or(std::vector<std::string>{})));
    return kind_name(v->type);
}

std::string limit_text(const std::string& utf8, std::size_t max) {
    std::u16string text = utf8_to_utf16(utf8);
    for (char16_t& c : text)
        if (c < 0x20) c = u'?';
    if (text.size() > max) text = text.substr(0, max - 3) + u"...";
    return utf16_to_utf8(text);
}

verdict remediation_verdict(const remediation_table& table, const std::vector<observed_value>& observed) {
    if (observed.size() != table.size()) throw std::invalid_argument("remediation_verdict: one observation per row");
    verdict out;
    std::size_t differ = 0;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const expected_value& row = table[i];
        std::string seen = limit_text(render_observed(observed[i]), max_data_chars);
        if (compliant(row, observed[i])) {
            out.lines.push_back("OK " + row.name + ": " + seen);
        } else {
            ++differ;
            out.lines.push_back("DIFF " + row.name + ": " + seen + ", expected " +
                                limit_text(render_expected(row), max_data_chars));
        }
    }
    if (differ == 0) {
        out.lines.push_back(fmt::format("Compliant: {} values checked.", table.size()));
    } else {
        out.exit_code = 1;
        out.lines.push_back(fmt::format("Not compliant: {} of {} values differ.", differ, table.size()));
    }
    return out;
}

std::string pending_note(restart_need r) {
    switch (r) {
    case restart_need::none: return "";
    case restart_need::server_service: return "restart of the Server service pending";
    case restart_need::reboot: return "reboot pending";
    case restart_need::reboot_if_smb1_installed: return "reboot pending if the SMBv1 server is installed";
    case restart_need::new_logon: return "applies to new network logons";
    }
    return "";
}

// The bounds add, per row, the longest line the script can write for it (the
// data parts are capped by limit_text; names and notes come from the catalog),
// then the longest closing line: a summary, or the ERROR line a failure writes.
std::size_t detect_output_bound(const remediation_table& table) {
    std::size_t total = 0;
    for (const expected_value& row : table) {
        std::size_t ok = 3 + row.name.size() + 2 + max_data_chars;
        std::size_t diff = 5 + row.name.size() + 2 + max_data_chars + 11 +
                           limited_size(render_expected(row), max_data_chars);
        total += std::max(ok, diff) + crlf;
    }
    std::size_t n = digits(table.size());
    std::size_t summary = std::max(std::string("Compliant:  values checked.").size() + n,
                                   std::string("Not compliant:  of  values differ.").size() + 2 * n);
    std::size_t error = 7 + max_error_chars;
    return total + std::max(summary, error) + crlf;
}

std::size_t remediate_output_bound(const remediation_table& table) {
    std::size_t total = 0;
    for (const expected_value& row : table) {
        std::size_t expected = limited_size(render_expected(row), max_data_chars);
        std::string note = row.entry ? pending_note(row.entry->restart) : "";
        std::size_t ok = 3 + row.name.size() + 2 + max_data_chars;
        std::size_t set = 4 + row.name.size() + 2 + expected + (note.empty() ? 0 : 2 + note.size());
        std::size_t failed = 7 + row.name.size() + 2 + max_data_chars + 11 + expected + 2 + max_error_chars + 1;
        total += std::max({ok, set, failed}) + crlf;
    }
    std::size_t n = digits(table.size());
    std::size_t summary = std::max(std::string("Remediated:  values compliant.").size() + n,
                                   std::string("Not remediated:  of  values still differ.").size() + 2 * n);
    std::size_t error = 7 + max_error_chars;
    return total + std::max(summary, error) + crlf;
}

}  // namespace sg::fleet
