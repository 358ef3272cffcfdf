#pragma once
// A deployment: what a fleet engine (Group Policy, Intune, Ansible, regedit)
// should set on every machine, taken from one reviewed profile or from the
// wizard's ticked rows, and its undo twin. The exporters (export_*.h) turn it
// into files; nothing here touches a registry.
#include <optional>
#include <string>
#include <vector>

#include "wizard/backup.h"
#include "wizard/catalog.h"
#include "wizard/plan.h"
#include "wizard/profile.h"

namespace sg::fleet {

/// One catalog value a deployment sets, or removes.
struct deployed_value {
    const setting* entry = nullptr;   ///< never null: deployments hold catalog values only
    std::optional<reg_value> value;   ///< nullopt: remove the value
};

enum class deployment_kind {
    apply,                 ///< the profile's values
    undo_windows_defaults, ///< back to what a fresh Windows install holds
    undo_backup,           ///< back to what a ShareGuard backup recorded
};

/// What every exported file's header names. No translated text: files are
/// read by engines and by administrators searching for the English terms.
struct deployment_header {
    std::string profile_name;
    std::string tool_version;
    std::string created_utc;   ///< ISO 8601, "2026-12-02T17:00:00Z"
    deployment_kind kind = deployment_kind::apply;
    std::string undo_source;   ///< the backup file's name for undo_backup, else ""
};

/// A setting the undo twin leaves out, and why (said in each format's README).
enum class undo_gap {
    default_varies,    ///< Windows' own default depends on role or version: use --undo-from
    not_in_backup,     ///< the backup recorded nothing for it
};
struct left_out_setting {
    const setting* entry = nullptr;
    undo_gap why = undo_gap::default_varies;
};

struct deployment {
    deployment_header header;
    std::vector<deployed_value> values;  ///< catalog order, each setting once
    std::vector<left_out_setting> left_out;      ///< (undo twins) settings not returned anywhere
};

/// The profile's targets as a deployment (catalog order).
deployment deployment_from_profile(const profile& prof, deployment_header header);
/// The plan's ticked rows, whether or not they change this machine: the fleet
/// gets what the administrator reviewed, not this machine's difference.
deployment deployment_from_plan(const plan& p, deployment_header header);

/// The twin that returns each deployed setting to what Windows ships
/// (setting::shipped); settings whose shipped state varies are left out.
deployment undo_to_windows_defaults(const deployment& d);
/// The twin that returns each deployed setting to what `backup` recorded
/// (absent values are removed); settings the backup does not hold are left out.
deployment undo_from_backup(const deployment& d, const backup_file& backup, std::string backup_name);

std::string_view deployment_kind_id(deployment_kind k);  ///< "apply", "undo-defaults", "undo-backup"
std::string_view undo_gap_id(undo_gap g);                ///< "default_varies", "not_in_backup"

}  // namespace sg::fleet
