#include "app/session/targets.h"

#include "wizard/snapshot_registry.h"

namespace sg::session {

std::unique_ptr<registry> open_snapshot(const std::filesystem::path& file) {
    return std::make_unique<snapshot_registry>(file);
}

}  // namespace sg::session
