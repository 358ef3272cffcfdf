#pragma once
// Export for deployment, for both front ends: a deployment (a reviewed profile
// or the wizard's ticked rows) written as each chosen format's folder, with its
// undo twin beside it under undo/. Nothing here reads or writes a registry.
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <vector>

#include "wizard/backup.h"
#include "wizard/fleet/deployment.h"
#include "wizard/fleet/export_formats.h"

namespace sg::session {

/// The folder already holds files: an export never mixes with an earlier one
/// (a stale Registry.pol next to a new GptTmpl.inf would deploy both).
class export_folder_not_empty : public std::runtime_error {
public:
    explicit export_folder_not_empty(std::filesystem::path folder);
    const std::filesystem::path& folder() const { return folder_; }

private:
    std::filesystem::path folder_;
};

/// No such path yet, or an empty folder: what an export may write into (and,
/// after a failed export, proof that nothing was written).
bool is_new_or_empty_folder(const std::filesystem::path& folder);

/// Header for a deployment this build makes at `created_utc` (ISO 8601).
fleet::deployment_header header_for(std::string profile_name, std::string created_utc);

struct export_request {
    fleet::deployment apply;
    std::vector<fleet::export_format> formats;   ///< each once, in the order given
    std::filesystem::path folder;                ///< new or empty
    std::optional<std::filesystem::path> undo_from;  ///< a ShareGuard backup; nullopt: Windows' shipped state
    std::filesystem::path key_file;              ///< this machine's backup key, to say whether the backup's seal verifies
};

struct written_export {
    fleet::export_format format;
    fleet::deployment_kind kind;   ///< apply, or which undo
    std::filesystem::path file;    ///< absolute where it could be made so
};

struct export_outcome {
    std::filesystem::path folder;  ///< where it went, absolute where it could be made so
    fleet::deployment undo;        ///< what the undo/ folders return, and what they leave out
    std::vector<written_export> files;
    /// For --undo-from: whether the backup's seal verifies on this machine. An
    /// export writes no registry, so a foreign seal (the reference machine's
    /// backup, read on a technician's laptop) is reported, not refused.
    std::optional<backup_doubt> undo_backup_doubt;
};

/// Writes `<folder>/<format>/…` and `<folder>/undo/<format>/…` durably, file by
/// file. Throws export_folder_not_empty, file_error (naming the file), or
/// input_error for a backup that is not one ShareGuard can read.
export_outcome write_exports(const export_request& request);

}  // namespace sg::session
