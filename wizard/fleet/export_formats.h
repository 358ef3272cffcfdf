#pragma once
// The deployment engines ShareGuard exports for, each as a folder of files.
#include <optional>
#include <string_view>
#include <vector>

#include "wizard/fleet/exported_file.h"

namespace sg::fleet {

enum class export_format { gpo, intune, ansible, reg };

/// Every format, in the order `--format all` writes them.
const std::vector<export_format>& all_export_formats();
std::string_view export_format_id(export_format f);  ///< "gpo", "intune", "ansible", "reg"
/// The format with this id (any case), or nullopt.
std::optional<export_format> try_parse_export_format(std::string_view id);

/// The format's files for the deployment, paths relative to the format's folder.
std::vector<exported_file> export_files(export_format f, const deployment& d);

}  // namespace sg::fleet
