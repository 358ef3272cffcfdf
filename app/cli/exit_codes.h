#pragma once
// The exit codes of shareguard-cli. They are part of the documented interface
// (README, `--help` footer, resources/json-output.md): never renumber them.
namespace sg::cli {

enum class exit_code : int {
    success = 0,              ///< done
    internal_error = 1,       ///< unexpected internal error (a bug; please report)
    bad_input = 2,            ///< bad arguments or bad input (profile, snapshot, backup); nothing changed
    restart_pending = 3,      ///< success, and a restart (Server service, reboot or new logon) is pending
    nothing_to_do = 4,        ///< nothing to do: already compliant / already restored
    not_compliant = 5,        ///< `check`: at least one setting differs from the profile
    rolled_back = 6,          ///< failed; every write was undone (registry unchanged)
    needs_elevation = 7,      ///< must run as administrator (elevated); nothing read for writing
    rollback_failed = 8,      ///< failed, and undoing failed too: the registry differs (values listed)
    /// apply: nothing failed, but values a GPO or MDM owns were left as they are (without
    /// --include-managed); wins over 0 and 4, not over 3 (a pending restart is still said).
    left_to_policy = 9,
};

constexpr int to_int(exit_code c) { return static_cast<int>(c); }

}  // namespace sg::cli
