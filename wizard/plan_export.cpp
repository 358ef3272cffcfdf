#include "wizard/plan_export.h"

#include <algorithm>

#include "wizard/platform.h"

namespace sg {

reg_document plan_to_reg(const plan& p) {
    reg_document doc;  // the defaults: regedit 5, UTF-16LE with BOM, CRLF, what regedit imports
    // The comment lines are empty: render_reg writes them as the blank lines
    // regedit puts before each key and after the last value.
    doc.trailing_comments.push_back("");
    for (const planned_change* c : p.pending()) {
        // The plan's keys come from the catalog, spelled alike for every row of a
        // key: an exact comparison groups them.
        auto it = std::find_if(doc.keys.begin(), doc.keys.end(),
                               [&](const reg_file_key& k) { return k.path == c->key; });
        if (it == doc.keys.end()) {
            doc.keys.push_back(reg_file_key{c->key, false, {}, {""}});
            it = doc.keys.end() - 1;
        }
        it->values.push_back(reg_file_value{c->value_name, c->desired, {}});
    }
    return doc;
}

void write_plan_reg(const plan& p, const std::filesystem::path& file) {
    write_file_durably(file, render_reg(plan_to_reg(p)));
}

}  // namespace sg
