#include "wizard/ids.h"

namespace sg {

std::string_view product_id(product_type p) {
    switch (p) {
        case product_type::workstation: return "workstation";
        case product_type::server: return "server";
        case product_type::domain_controller: return "domain_controller";
        case product_type::unknown: return "unknown";
    }
    return "unknown";
}

std::string_view start_id(service_start s) {
    switch (s) {
        case service_start::boot: return "boot";
        case service_start::system: return "system";
        case service_start::automatic: return "automatic";
        case service_start::manual: return "manual";
        case service_start::disabled: return "disabled";
        case service_start::unknown: return "unknown";
    }
    return "unknown";
}

std::string_view status_id(value_status s) {
    switch (s) {
        case value_status::absent: return "absent";
        case value_status::present: return "present";
        case value_status::wrong_type: return "wrong_type";
        case value_status::unreadable: return "unreadable";
    }
    return "unreadable";
}

std::string_view action_id(change_action a) {
    switch (a) {
        case change_action::none: return "none";
        case change_action::create: return "create";
        case change_action::change: return "change";
        case change_action::remove: return "remove";
    }
    return "none";
}

std::string_view restart_id(restart_need r) {
    switch (r) {
        case restart_need::none: return "none";
        case restart_need::server_service: return "server_service";
        case restart_need::reboot: return "reboot";
        case restart_need::new_logon: return "new_logon";
        case restart_need::reboot_if_smb1_installed: return "reboot_if_smb1_installed";
    }
    return "none";
}

std::string_view effect_id(change_effect e) {
    switch (e) {
        case change_effect::none: return "none";
        case change_effect::changes: return "changes";
        case change_effect::unknown: return "unknown";
        case change_effect::deferred: return "when_server_service_runs";
    }
    return "unknown";
}

std::string_view feature_state_id(feature_state f) {
    switch (f) {
        case feature_state::installed: return "installed";
        case feature_state::not_installed: return "not_installed";
        case feature_state::unknown: return "unknown";
    }
    return "unknown";
}

std::string_view os_family_id(os_family f) {
    switch (f) {
        case os_family::windows10: return "windows10";
        case os_family::windows11: return "windows11";
        case os_family::server2016: return "server2016";
        case os_family::server2019: return "server2019";
        case os_family::server2022: return "server2022";
        case os_family::server2025: return "server2025";
        case os_family::unknown: return "unknown";
    }
    return "unknown";
}

std::string_view service_state_id(service_state s) {
    switch (s) {
        case service_state::running: return "running";
        case service_state::stopped: return "stopped";
        case service_state::disabled: return "disabled";
        case service_state::unknown: return "unknown";
    }
    return "unknown";
}

std::string_view risk_id(risk_level r) {
    switch (r) {
        case risk_level::low: return "low";
        case risk_level::medium: return "medium";
        case risk_level::high: return "high";
    }
    return "high";
}

std::string_view outcome_id(write_outcome o) {
    switch (o) {
        case write_outcome::unchanged: return "unchanged";
        case write_outcome::written: return "written";
        case write_outcome::rolled_back: return "rolled_back";
        case write_outcome::failed: return "failed";
        case write_outcome::not_attempted: return "not_attempted";
        case write_outcome::rollback_failed: return "rollback_failed";
        case write_outcome::left_to_policy: return "left_to_policy";
    }
    return "failed";
}

std::string_view policy_owner_id(policy_owner o) {
    switch (o) {
        case policy_owner::none: return "none";
        case policy_owner::gpo: return "gpo";
        case policy_owner::mdm: return "mdm";
        case policy_owner::unknown: return "unknown";
    }
    return "unknown";
}

std::string_view run_status_id(run_status s) {
    switch (s) {
        case run_status::success: return "success";
        case run_status::nothing_to_do: return "nothing_to_do";
        case run_status::stale_plan: return "stale_plan";
        case run_status::backup_failed: return "backup_failed";
        case run_status::rolled_back: return "rolled_back";
        case run_status::rollback_failed: return "rollback_failed";
    }
    return "rollback_failed";
}

std::string_view backup_doubt_id(backup_doubt d) {
    switch (d) {
        case backup_doubt::none: return "verified";
        case backup_doubt::damaged: return "sha256_mismatch";
        case backup_doubt::not_sealed: return "no_hmac";
        case backup_doubt::foreign_seal: return "hmac_mismatch";
        case backup_doubt::no_key: return "no_key";
    }
    return "no_key";
}

}  // namespace sg
