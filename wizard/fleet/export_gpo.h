#pragma once
// The deployment as the Machine part of a Group Policy object: a security
// template for the Security Options, Group Policy Preferences Registry items
// for the admin-share values, a Registry.pol for the rest, and a README.txt
// that says how to import them, what tattoos and what is unconfirmed.
// Placement: gpo_placement.h.
#include "wizard/fleet/exported_file.h"

namespace sg::fleet {

/// Up to four files (README.txt always; each other file only when a value goes
/// there: a file that sets nothing would still register its extension with
/// GPMC/LGPO, so the folder shows at a glance which mechanisms carry something):
///   Machine/Registry.pol
///   Machine/Microsoft/Windows NT/SecEdit/GptTmpl.inf
///   Machine/Preferences/Registry/Registry.xml
///   README.txt
std::vector<exported_file> export_gpo(const deployment& d);

}  // namespace sg::fleet
