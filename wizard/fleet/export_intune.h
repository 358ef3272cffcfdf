#pragma once
// The deployment for Intune: the Policy CSP settings of a Custom configuration
// profile (policy-csp.json / policy-csp.csv, to paste as OMA-URI rows) and a
// Remediations pair (remediation/detect.ps1, remediation/remediate.ps1) for the
// values no CSP node carries; README.txt says how to import both.
#include "wizard/fleet/csp_nodes.h"
#include "wizard/fleet/exported_file.h"
#include "wizard/fleet/remediation_table.h"

namespace sg::fleet {

/// The values the Remediation handles (no CSP node, no CSP meaning, or removal), catalog order.
remediation_table intune_remediation_table(const deployment& d);
/// The CSP rows, catalog order.
std::vector<csp_setting> intune_csp_settings(const deployment& d);

/// The PowerShell for one table (UTF-8 without BOM, CRLF).
std::string render_detect_script(const deployment_header& h, const remediation_table& table);
std::string render_remediate_script(const deployment_header& h, const remediation_table& table);
/// How a row is written into both scripts' $Expected table (one line, no CRLF).
std::string render_table_row(const expected_value& row);

/// policy-csp.json and .csv (when some value has a CSP), remediation/*.ps1 (when
/// some value needs them), README.txt always.
std::vector<exported_file> export_intune(const deployment& d);

}  // namespace sg::fleet
