#include "wizard/fleet/export_reg.h"

#include <algorithm>

namespace sg::fleet {

reg_document deployment_to_reg(const deployment& d) {
    reg_document doc;  // regedit 5, UTF-16LE with BOM, CRLF: what regedit imports
    std::vector<std::string> header = {""};
    for (const std::string& line : header_lines(d.header)) header.push_back("; " + line);
    for (const left_out_setting& gap : d.left_out)
        header.push_back("; Not returned here: " + gap.entry->value_name + " (" + std::string(undo_gap_id(gap.why)) +
                         ")");
    for (const deployed_value& v : d.values) {
        // Catalog keys are spelled alike for every value of a key: an exact
        // comparison groups them.
        auto it = std::find_if(doc.keys.begin(), doc.keys.end(),
                               [&](const reg_file_key& k) { return k.path == v.entry->key; });
        if (it == doc.keys.end()) {
            // render_reg writes an empty comment as the blank line regedit puts before a key.
            doc.keys.push_back(reg_file_key{v.entry->key, false, {}, doc.keys.empty() ? header : std::vector<std::string>{""}});
            it = doc.keys.end() - 1;
        }
        it->values.push_back(reg_file_value{v.entry->value_name, v.value, {}});
    }
    if (doc.keys.empty())
        doc.trailing_comments = header;
    doc.trailing_comments.push_back("");
    return doc;
}

std::vector<exported_file> export_reg(const deployment& d) {
    return {exported_file{"shareguard.reg", render_reg(deployment_to_reg(d))}};
}

}  // namespace sg::fleet
