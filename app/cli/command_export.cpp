// export: the profile the administrator reviewed, as the files Group Policy,
// Intune, Ansible and regedit deploy, each with its undo twin. Reads the target
// only to recommend; writes files, never a registry.
#include <algorithm>

#include "app/cli/commands.h"
#include "app/cli/messages.h"
#include "app/cli/selection.h"
#include "app/session/exports.h"
#include "wizard/errors.h"
#include "wizard/fleet/deployment.h"
#include "wizard/fleet/export_formats.h"
#include "wizard/json_output.h"
#include "wizard/reg_path.h"

namespace sg::cli {
namespace {

/// --format values in the order given, each once; "all" adds every format.
std::vector<fleet::export_format> formats_from(const std::vector<std::string>& arguments) {
    std::vector<fleet::export_format> formats;
    auto add = [&](fleet::export_format f) {
        if (std::find(formats.begin(), formats.end(), f) == formats.end()) formats.push_back(f);
    };
    for (const std::string& argument : arguments) {
        if (names_equal(argument, "all")) {
            for (fleet::export_format f : fleet::all_export_formats()) add(f);
            continue;
        }
        auto f = fleet::try_parse_export_format(argument);
        if (!f) throw usage_error(msg::unknown_export_format(argument));
        add(*f);
    }
    return formats;
}

/// A profile file or built-in name needs no scan; the recommendation does.
profile profile_to_export(const cli_options& opts, output& o, cli_environment& env) {
    if (!opts.profile.empty()) return load_profile(opts.profile, o);
    auto reg = open_target(opts, env);
    auto result = scan_target(opts, *reg, env);
    return select_profile(opts, result, o);
}

nlohmann::ordered_json files_json(const session::export_outcome& outcome) {
    auto files = nlohmann::ordered_json::array();
    for (const auto& f : outcome.files)
        files.push_back({{"format", fleet::export_format_id(f.format)},
                         {"purpose", fleet::deployment_kind_id(f.kind)},
                         {"path", path_text(f.file)}});
    return files;
}

nlohmann::ordered_json left_out_json(const fleet::deployment& undo) {
    auto left = nlohmann::ordered_json::array();
    for (const auto& gap : undo.left_out)
        left.push_back({{"setting", gap.entry->id}, {"why", fleet::undo_gap_id(gap.why)}});
    return left;
}

}  // namespace

exit_code run_export(const cli_options& opts, output& o, cli_environment& env) {
    session::export_request request;
    request.formats = formats_from(opts.formats);
    request.folder = opts.out;
    if (!opts.undo_from.empty()) request.undo_from = std::filesystem::path(opts.undo_from);
    request.key_file = env.key_file();

    const profile chosen = profile_to_export(opts, o, env);
    request.apply = fleet::deployment_from_profile(chosen, session::header_for(chosen.name, env.now_utc()));

    session::export_outcome outcome;
    try {
        outcome = session::write_exports(request);
    } catch (const session::export_folder_not_empty& e) {
        throw usage_error(msg::export_folder_not_empty(e.folder()));
    }
    if (outcome.undo_backup_doubt && *outcome.undo_backup_doubt != backup_doubt::none)
        write_warning(o, msg::export_undo_backup_not_verified(*request.undo_from, *outcome.undo_backup_doubt));

    if (o.json) {
        nlohmann::ordered_json doc;
        doc["schema"] = json_schema_id;
        doc["kind"] = "export";
        doc["profile"] = chosen.name;
        doc["folder"] = path_text(outcome.folder);
        doc["files"] = files_json(outcome);
        doc["undo_left_out"] = left_out_json(outcome.undo);
        write_json(o, doc.dump(), exit_code::success);
        return exit_code::success;
    }
    write_text(o, msg::exported_for_deployment(chosen.name, request.folder, outcome.files.size()));
    for (const auto& f : outcome.files) write_text(o, "  " + path_text(f.file));
    write_text(o, request.undo_from ? msg::export_undo_from_backup(*request.undo_from)
                                    : msg::export_undo_to_defaults());
    for (const auto& gap : outcome.undo.left_out) write_text(o, msg::export_undo_left_out(*gap.entry, gap.why));
    return exit_code::success;
}

}  // namespace sg::cli
