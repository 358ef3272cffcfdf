#pragma once
// The Security CSE's cache of applied GPO templates on this computer (Windows only).
#include "wizard/policy_templates.h"

namespace sg::win {

/// %windir%\security\templates\policies, read with read_template_cache (never throws;
/// problems, such as a folder only administrators may list, are in the result).
template_cache read_security_template_cache();

}  // namespace sg::win
