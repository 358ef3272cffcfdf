#pragma once
// The deployment as a regedit file: `regedit /s shareguard.reg` on each machine
// (or a software-distribution tool that runs it) sets and removes its values.
#include "wizard/fleet/exported_file.h"
#include "wizard/reg_file.h"

namespace sg::fleet {

/// The values as a regedit 5 document (header lines as comments at the top).
reg_document deployment_to_reg(const deployment& d);
/// One file, "shareguard.reg" (UTF-16LE with BOM, CRLF, as regedit writes).
std::vector<exported_file> export_reg(const deployment& d);

}  // namespace sg::fleet
