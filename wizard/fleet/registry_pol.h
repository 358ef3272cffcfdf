#pragma once
// A Registry.pol (PReg) writer, byte-exact per [MS-GPREG] §2.2.1 "Registry
// Policy Message Syntax" and Microsoft's "Registry Policy File Format" page
// (shared/reference/peers-and-formats.md §3.1): header "PReg" + version 1,
// then records [key;value;type;size;data] in UTF-16LE.
#include <cstdint>
#include <string>
#include <vector>

#include "wizard/reg_value.h"

namespace sg::fleet {

struct pol_record {
    std::string key;         ///< below the hive, UTF-8: "SYSTEM\\CurrentControlSet\\..."
    std::string value_name;  ///< UTF-8; "**del.Name" for a deletion
    reg_type type = reg_type::none;
    std::vector<std::uint8_t> data;  ///< raw bytes as the registry stores them
};

/// A record that sets `name` to `value`.
pol_record pol_set_value(std::string key, std::string name, const reg_value& value);
/// A record that deletes `name`: value "**del.<name>" ("Deletes a single
/// value", Registry Policy File Format [MS]). Its type and data are not
/// specified there; REG_SZ " " (a space and its NUL) is what GPMC-written files
/// carry [3P], which samba's reader accepts.
pol_record pol_delete_value(std::string key, const std::string& name);

/// One record's bytes: '[' key NUL ';' value NUL ';' type ';' size ';' data ']'
/// with the brackets, semicolons and strings in UTF-16LE, type and size as
/// little-endian DWORDs.
std::string render_pol_record(const pol_record& r);
/// The whole file: the 8-byte header ("PReg", version 1) and the records in order.
std::string render_registry_pol(const std::vector<pol_record>& records);

}  // namespace sg::fleet
