#include "wizard/fleet/export_reg.h"

namespace sg::fleet {

reg_document deployment_to_reg(const deployment& d) {
    reg_document doc;  // regedit 5, UTF-16LE with BOM, CRLF: what regedit imports
    std::vector<std::string> header = {""};
    for (const std::string& line : header_lines(d.header)) header.push_back("; " + line);
    for (const left_out_setting& gap : d.left_out)
        header.push_back("; Not returned here: " + gap.entry->value_name + " (" + std::string(undo_gap_id(gap.why)) +
                         ")");
    // Catalog keys are spelled alike for every value of a key: append_to_key's
    // exact comparison groups them.
    for (const deployed_value& v : d.values) append_to_key(doc, v.entry->key, reg_file_value{v.entry->value_name, v.value, {}});
    // The header replaces the first key's blank line (it starts with one), or
    // stands alone in a file with no values.
    (doc.keys.empty() ? doc.trailing_comments : doc.keys.front().comments_before) = header;
    doc.trailing_comments.push_back("");
    return doc;
}

std::vector<exported_file> export_reg(const deployment& d) {
    return {exported_file{"shareguard.reg", render_reg(deployment_to_reg(d))}};
}

}  // namespace sg::fleet
