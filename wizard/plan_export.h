#pragma once
// A plan as a file other tools take: its pending rows as a regedit file, the
// one "Save as .reg…" (wizard) and `plan --export-reg` (console) both write.
#include <filesystem>

#include "wizard/plan.h"
#include "wizard/reg_file.h"

namespace sg {

/// The pending rows (selected, and writing something) as a regedit 5 file,
/// UTF-16LE with BOM, CRLF, laid out as regedit exports: a blank line before
/// each key and at the end. A row sets its value, or deletes it (`"x"=-`);
/// keys appear in the plan's order, each once. Rows that are unticked or change
/// nothing are left out; a plan with nothing pending gives a valid file that
/// changes nothing (the header alone).
reg_document plan_to_reg(const plan& p);

/// Writes render_reg(plan_to_reg(p)) durably to `file` (replacing it). Throws file_error.
void write_plan_reg(const plan& p, const std::filesystem::path& file);

}  // namespace sg
