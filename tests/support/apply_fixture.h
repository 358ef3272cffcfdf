#pragma once
// For the backup / apply / restore / journal suites: a small machine state as a
// .reg document, plans built by hand from a registry's current values (so these
// suites do not depend on make_plan), and registries that watch or break commits.
#include <algorithm>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "wizard/errors.h"
#include "wizard/plan.h"
#include "wizard/reg_file.h"
#include "wizard/registry.h"

namespace sg::test {

inline const std::string lsa_key = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa";
inline const std::string lanman_key =
    "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters";
inline const std::string computer_name_key =
    "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName";

/// Where a test keeps its machine's backup key (in its temp folder, never the real default).
inline std::filesystem::path test_key_file(const std::filesystem::path& folder) {
    return folder / "state" / "backup-hmac.key";
}

inline reg_file_value file_value(std::string name, std::optional<reg_value> v) {
    reg_file_value out;
    out.name = std::move(name);
    out.value = std::move(v);
    return out;
}

inline reg_file_key file_key(std::string path, std::vector<reg_file_value> values) {
    reg_file_key out;
    out.path = std::move(path);
    out.values = std::move(values);
    out.comments_before = {""};  // the blank line regedit writes before each key
    return out;
}

/// A SQL Server host before hardening. Values a test run deletes sit last in
/// their key, so re-creating them on rollback puts them back in the same place.
inline reg_document initial_document() {
    reg_document doc;
    doc.keys = {
        file_key(computer_name_key, {file_value("ComputerName", reg_value::string("SQLHOST01"))}),
        file_key(lsa_key, {file_value("RestrictAnonymous", reg_value::dword(0)),
                           file_value("EveryoneIncludesAnonymous", reg_value::dword(0)),
                           file_value("RestrictRemoteSAM", reg_value::dword(1))}),
        file_key(lanman_key, {file_value("NullSessionPipes", reg_value::multi_string({"netlogon", "samr", "sql\\query"})),
                              file_value("Size", reg_value::dword(2)),
                              file_value("AutoShareWks", reg_value::dword(1))}),
    };
    doc.trailing_comments = {""};
    return doc;
}

struct desired_value {
    std::string setting_id;
    std::string key;
    std::string value_name;
    std::optional<reg_value> value;  ///< nullopt: delete
    restart_need restart = restart_need::none;
    bool selected = true;
};

/// Seven rows over two keys (interleaved): six write (create, change, delete),
/// one is already at its target; an eighth row is unticked.
inline std::vector<desired_value> mixed_targets() {
    return {
        {"RestrictAnonymous", lsa_key, "RestrictAnonymous", reg_value::dword(1), restart_need::none},
        {"AutoShareServer", lanman_key, "AutoShareServer", reg_value::dword(0), restart_need::server_service},
        {"NullSessionPipes", lanman_key, "NullSessionPipes", reg_value::multi_string({}), restart_need::none},
        {"EveryoneIncludesAnonymous", lsa_key, "EveryoneIncludesAnonymous", reg_value::dword(0), restart_need::none},
        {"RestrictAnonymousSAM", lsa_key, "RestrictAnonymousSAM", reg_value::dword(1), restart_need::none},
        {"AutoShareWks", lanman_key, "AutoShareWks", std::nullopt, restart_need::server_service},
        {"RestrictRemoteSAM", lsa_key, "RestrictRemoteSAM", std::nullopt, restart_need::reboot},
        {"RestrictNullSessAccess", lanman_key, "RestrictNullSessAccess", reg_value::dword(1), restart_need::none,
         false},
    };
}

/// What make_plan would produce for these targets on this registry.
inline plan plan_for(registry& reg, const std::vector<desired_value>& targets) {
    plan p;
    p.target = reg.description();
    p.machine_name = "SQLHOST01";
    p.profile_name = "sql-server-host";
    for (const auto& t : targets) {
        planned_change row;
        row.setting_id = t.setting_id;
        row.key = t.key;
        row.value_name = t.value_name;
        row.current = reg.find_value(t.key, t.value_name);
        row.current_status = row.current ? value_status::present : value_status::absent;
        row.desired = t.value;
        if (row.current == row.desired)
            row.action = change_action::none;
        else if (!row.desired)
            row.action = change_action::remove;
        else if (!row.current)
            row.action = change_action::create;
        else
            row.action = change_action::change;
        row.restart = row.action == change_action::none ? restart_need::none : t.restart;
        row.selected = t.selected;
        p.changes.push_back(std::move(row));
    }
    return p;
}

/// Imports a .reg document the way regedit does: sets each value, deletes each `"x"=-`.
inline void import_like_regedit(registry& reg, const reg_document& doc) {
    for (const auto& key : doc.keys)
        for (const auto& v : key.values) {
            if (v.value)
                reg.set_value(key.path, v.name, *v.value);
            else
                reg.delete_value(key.path, v.name);
        }
}

/// Forwards to another registry; can run a check before the first write and
/// make the first `failing_commits` commits throw.
class watching_registry : public registry {
public:
    explicit watching_registry(registry& inner) : inner_(inner) {}

    std::function<void()> before_first_write;
    int failing_commits = 0;
    int commits = 0;
    int writes = 0;
    std::vector<std::string> write_log;  ///< value names, in write order (failed writes included)
    int throw_after_write = 0;  ///< this write (1-based) takes effect, then throws anyway

    std::string description() const override { return inner_.description(); }
    bool key_exists(std::string_view key) override { return inner_.key_exists(key); }
    std::vector<std::string> subkey_names(std::string_view key) override { return inner_.subkey_names(key); }
    std::vector<std::string> value_names(std::string_view key) override { return inner_.value_names(key); }
    std::optional<reg_value> find_value(std::string_view key, std::string_view name) override {
        return inner_.find_value(key, name);
    }
    void set_value(std::string_view key, std::string_view name, const reg_value& value) override {
        on_write(name);
        inner_.set_value(key, name, value);
        after_write(key, name);
    }
    void delete_value(std::string_view key, std::string_view name) override {
        on_write(name);
        inner_.delete_value(key, name);
        after_write(key, name);
    }
    void commit() override {
        ++commits;
        if (failing_commits > 0) {
            --failing_commits;
            throw registry_error(registry_error::kind::io, "", "", 0, "injected commit failure");
        }
        inner_.commit();
    }

private:
    void on_write(std::string_view name) {
        write_log.emplace_back(name);
        if (writes++ == 0 && before_first_write) before_first_write();
    }
    void after_write(std::string_view key, std::string_view name) {
        if (writes == throw_after_write)
            throw registry_error(registry_error::kind::io, std::string(key), std::string(name), 0,
                                 "injected failure after the write took effect");
    }
    registry& inner_;
};

/// The .reg files in a folder (backups), sorted; none when the folder is missing.
inline std::vector<std::filesystem::path> reg_files_in(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
        if (entry.path().extension() == ".reg") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace sg::test
