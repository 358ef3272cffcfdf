#pragma once
// The deployment as an Ansible playbook: one ansible.windows.win_regedit task
// per value (idempotent, runs with --check --diff), a handler that restarts the
// Server service for the values that need it, and one that only reports a
// pending reboot (the playbook never reboots). Debian's ansible 7.7 bundles
// ansible.windows 1.14.0 (fleet-and-packaging.md §1).
#include "wizard/fleet/exported_file.h"

namespace sg::fleet {

/// A YAML single-quoted scalar: backslashes stay literal, ' is doubled.
std::string yaml_quote(const std::string& text);

/// shareguard.yml, inventory.example.ini, README.txt.
std::vector<exported_file> export_ansible(const deployment& d);

}  // namespace sg::fleet
