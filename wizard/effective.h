#pragma once
// What Windows does with a catalog value on the scanned machine: the value as
// written, or what its absence means there (the Windows default for that OS and
// role). Plans compare these, so writing a value Windows already acts on
// changes nothing: no restart, no risk.
#include <optional>

#include "wizard/catalog.h"
#include "wizard/detection.h"
#include "wizard/reg_value.h"

namespace sg {

/// What an absent value means on this machine; nullopt when ShareGuard cannot tell
/// (the default is not documented for this OS or role).
std::optional<reg_value> try_windows_default(const setting& s, const scan_result& scan);

/// The value Windows acts on when the registry holds `raw` (nullopt: absent);
/// nullopt when it cannot be told (unknown default, or SMB1 while the SMBv1
/// server's installation is unknown). A value of the wrong type is not guessed at.
std::optional<reg_value> try_effective_value(const setting& s, const std::optional<reg_value>& raw,
                                             const scan_result& scan);

/// Same behaviour for Windows: equal DWORDs and strings, the same set of names in a
/// list (order and case do not matter to the Server service).
bool same_effect(const reg_value& a, const reg_value& b);

/// The setting lives in the Server service's parameters: it does nothing while that
/// service does not run.
bool is_server_service_setting(const setting& s);

}  // namespace sg
