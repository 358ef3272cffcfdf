#pragma once
// A security template (GptTmpl.inf) with a [Registry Values] section, as
// [MS-GPSB] §2.2 describes it (shared/reference/peers-and-formats.md §3.2,
// fleet-and-packaging.md §2.1): UTF-16LE with BOM, CRLF, [Unicode] and
// [Version] preamble, lines "MACHINE\<path>\<value>=<type>,<data>".
#include <optional>
#include <string>
#include <vector>

#include "wizard/catalog.h"

namespace sg::fleet {

/// "MACHINE\System\CurrentControlSet\Control\Lsa\RestrictAnonymous": the
/// template's name for a catalog value (first component spelled as secedit
/// exports it: System, Software).
std::string inf_registry_value_name(const setting& s);

/// "<name>=4,1", "<name>=7,netlogon,samr", "<name>=7," (empty list),
/// "<name>=1,\"O:BAG:BAD:(A;;RC;;;BA)\"". nullopt when the template cannot say
/// it: a REG_MULTI_SZ element with a comma or a REG_SZ with a double quote
/// (no escaping is documented), or any other type.
std::optional<std::string> try_registry_values_line(const std::string& name, const reg_value& value);

/// The whole file. `comment_lines` (without markers) go after the [Unicode]
/// section as "; " lines: samba's GptTmplInfParser fails on any line before
/// the first section it knows (fleet-and-packaging.md §1), so nothing precedes
/// [Unicode]. `lines` are [Registry Values] lines from try_registry_values_line.
std::string render_gpt_tmpl_inf(const std::vector<std::string>& comment_lines, const std::vector<std::string>& lines);

}  // namespace sg::fleet
