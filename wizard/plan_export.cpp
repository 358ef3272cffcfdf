#include "wizard/plan_export.h"

#include "wizard/platform.h"

namespace sg {

reg_document plan_to_reg(const plan& p) {
    reg_document doc;  // the defaults: regedit 5, UTF-16LE with BOM, CRLF, what regedit imports
    // The comment lines are empty: render_reg writes them as the blank lines
    // regedit puts before each key and after the last value.
    doc.trailing_comments.push_back("");
    // The plan's keys come from the catalog, spelled alike for every row of a
    // key: append_to_key's exact comparison groups them.
    for (const planned_change* c : p.pending()) append_to_key(doc, c->key, reg_file_value{c->value_name, c->desired, {}});
    return doc;
}

void write_plan_reg(const plan& p, const std::filesystem::path& file) {
    write_file_durably(file, render_reg(plan_to_reg(p)));
}

}  // namespace sg
