#include "wizard/fleet/registry_pol.h"

namespace sg::fleet {
namespace {

void put_dword(std::string& out, std::uint32_t v) {
    for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>((v >> shift) & 0xFF));
}

void put_utf16_char(std::string& out, char c) {
    out.push_back(c);
    out.push_back('\0');
}

/// UTF-16LE text and its terminating NUL (both strings in a record end with one).
void put_utf16z(std::string& out, const std::string& utf8) {
    for (std::uint8_t b : utf8_to_utf16le_bytes(utf8)) out.push_back(static_cast<char>(b));
    out.append(2, '\0');
}

}  // namespace

pol_record pol_set_value(std::string key, std::string name, const reg_value& value) {
    return pol_record{std::move(key), std::move(name), value.type, value.data};
}

pol_record pol_delete_value(std::string key, const std::string& name) {
    return pol_record{std::move(key), "**del." + name, reg_type::sz, reg_value::string(" ").data};
}

std::string render_pol_record(const pol_record& r) {
    std::string out;
    put_utf16_char(out, '[');
    put_utf16z(out, r.key);
    put_utf16_char(out, ';');
    put_utf16z(out, r.value_name);
    put_utf16_char(out, ';');
    put_dword(out, static_cast<std::uint32_t>(r.type));
    put_utf16_char(out, ';');
    put_dword(out, static_cast<std::uint32_t>(r.data.size()));
    put_utf16_char(out, ';');
    out.append(r.data.begin(), r.data.end());
    put_utf16_char(out, ']');
    return out;
}

std::string render_registry_pol(const std::vector<pol_record>& records) {
    std::string out = "PReg";  // REGFILE_SIGNATURE 0x67655250, little-endian
    put_dword(out, 1);         // REGISTRY_FILE_VERSION
    for (const pol_record& r : records) out += render_pol_record(r);
    return out;
}

}  // namespace sg::fleet
