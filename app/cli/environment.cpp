#include "app/cli/cli.h"
#include "app/session/event_log.h"
#include "app/cli/messages.h"
#include "app/session/targets.h"
#include "wizard/backup_key.h"
#include "wizard/platform.h"

namespace sg::cli {

cli_environment default_environment() {
    cli_environment env;
    env.open_registry = [](const std::optional<std::filesystem::path>& snapshot) -> std::unique_ptr<registry> {
        if (snapshot) return session::open_snapshot(*snapshot);
        if (!session::live_target_available()) throw usage_error(msg::live_registry_only_on_windows());
        return session::open_live_registry();
    };
    env.probe_live_facts = [] { return session::probe_live_facts(); };
    env.is_elevated = [] { return process_is_elevated(); };
    env.now_utc = [] { return utc_timestamp_now(); };
    env.default_backup_folder = [] { return default_backup_folder(); };
    env.key_file = [] { return default_backup_key_file(); };
    env.report_event = [](const run_event& event) { return session::report_to_event_log(event); };
    env.install_language = [](const std::string& requested) {
        return i18n::try_install_translations(requested, i18n::catalog_folders_of_this_program());
    };
    return env;
}

}  // namespace sg::cli
