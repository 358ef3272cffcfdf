#include "app/session/exports.h"

#include "app/session/paths.h"

#include <system_error>

#include "wizard/errors.h"
#include "wizard/platform.h"
#include "wizard/version.h"

namespace sg::session {

bool is_new_or_empty_folder(const std::filesystem::path& folder) {
    std::error_code ec;
    if (!std::filesystem::exists(folder, ec)) return !ec;
    return std::filesystem::is_directory(folder, ec) && std::filesystem::is_empty(folder, ec) && !ec;
}

namespace {

void write_format(const fleet::deployment& d, fleet::export_format format, const std::filesystem::path& folder,
                  std::vector<written_export>& written) {
    for (const fleet::exported_file& f : fleet::export_files(format, d)) {
        const auto file = folder / std::filesystem::path(f.path).make_preferred();
        std::error_code ec;
        std::filesystem::create_directories(file.parent_path(), ec);
        if (ec) throw file_error(path_text(file.parent_path()), ec.message());
        write_file_durably(file, f.bytes);
        written.push_back({format, d.header.kind, file});
    }
}

}  // namespace

export_folder_not_empty::export_folder_not_empty(std::filesystem::path folder)
    : std::runtime_error("export folder is not empty: " + path_text(folder)), folder_(std::move(folder)) {}

fleet::deployment_header header_for(std::string profile_name, std::string created_utc) {
    fleet::deployment_header h;
    h.profile_name = std::move(profile_name);
    h.tool_version = std::string(sg::version);
    h.created_utc = std::move(created_utc);
    return h;
}

export_outcome write_exports(const export_request& request) {
    const auto folder = absolute_or_as_given(request.folder);
    if (!is_new_or_empty_folder(folder)) throw export_folder_not_empty(folder);

    export_outcome outcome;
    outcome.folder = folder;
    if (request.undo_from) {
        auto backup = read_backup_file(*request.undo_from, request.key_file);
        outcome.undo_backup_doubt = backup.doubt;
        outcome.undo = fleet::undo_from_backup(request.apply, backup, path_text(request.undo_from->filename()));
    } else {
        outcome.undo = fleet::undo_to_windows_defaults(request.apply);
    }
    for (fleet::export_format format : request.formats) {
        const auto name = std::filesystem::path(std::string(fleet::export_format_id(format)));
        write_format(request.apply, format, folder / name, outcome.files);
        write_format(outcome.undo, format, folder / "undo" / name, outcome.files);
    }
    return outcome;
}

}  // namespace sg::session
