#include "wizard/apply.h"

#include <fmt/format.h>

#include <exception>
#include <map>
#include <set>

#include "wizard/backup_key.h"
#include "wizard/catalog.h"
#include "wizard/errors.h"
#include "wizard/ids.h"
#include "wizard/journal.h"
#include "wizard/platform.h"
#include "wizard/reg_path.h"
#include "wizard/version.h"

namespace sg {

namespace {

/// One value to write: both apply and restore become a list of these, so a
/// single engine writes, verifies and rolls back for both.
struct write_step {
    std::size_t result_index = 0;      ///< where its outcome goes in run_report::results
    std::string key;
    std::string value_name;
    std::optional<reg_value> previous; ///< the state to roll back to (nullopt: absent)
    std::optional<reg_value> desired;  ///< the state to write (nullopt: delete)
    restart_need restart = restart_need::none;
};

std::string describe(const std::optional<reg_value>& v) {
    return v ? fmt::format("{} {}", reg_type_name(v->type), display_data(*v)) : std::string("absent");
}

/// Writes `state` (set or delete) and reads it back. Throws on failure; a
/// read-back that differs (type, bytes or presence) is a failure too.
void write_and_verify(registry& reg, std::string_view key, std::string_view name,
                      const std::optional<reg_value>& state) {
    if (state)
        reg.set_value(key, name, *state);
    else
        reg.delete_value(key, name);
    const auto now = reg.find_value(key, name);
    if (now != state)
        throw registry_error(registry_error::kind::other, std::string(key), std::string(name), 0,
                             fmt::format("verification failed: wrote {}, read back {}", describe(state),
                                         describe(now)));
}

std::string current_error_text() {
    try {
        throw;
    } catch (const std::exception& e) {
        return e.what();
    } catch (...) {
        return "unknown exception";
    }
}

/// Puts the step's value back to `previous` and checks it. Skips the write when
/// the value already is the previous one (a write that failed before changing
/// anything). Returns "" on success, else the error text.
std::string restore_step(registry& reg, const write_step& s) {
    try {
        if (reg.find_value(s.key, s.value_name) == s.previous) return {};
    } catch (...) {
        // Cannot tell: write the previous state anyway.
    }
    try {
        write_and_verify(reg, s.key, s.value_name, s.previous);
        return {};
    } catch (...) {
        const std::string error = current_error_text();
        try {
            // A write can fail after taking effect; only a value that still differs is a failed rollback.
            if (reg.find_value(s.key, s.value_name) == s.previous) return {};
        } catch (...) {
        }
        return error;
    }
}

/// Undoes steps [0, count) in reverse order, recording outcomes; `failed_index`
/// (the step that failed, or count when a commit failed) keeps `failed` unless
/// restoring it fails too. Returns true when everything is back.
bool roll_back(registry& reg, const std::vector<write_step>& steps, std::size_t count,
               std::optional<std::size_t> failed_index, run_report& report) {
    bool all_restored = true;
    for (std::size_t i = count; i-- > 0;) {
        auto& result = report.results[steps[i].result_index];
        const std::string error = restore_step(reg, steps[i]);
        if (error.empty()) {
            if (i != failed_index) result.outcome = write_outcome::rolled_back;
            continue;
        }
        all_restored = false;
        result.error = (i == failed_index) ? fmt::format("{}; rollback: {}", result.error, error) : error;
        result.outcome = write_outcome::rollback_failed;
    }
    return all_restored;
}

/// Commits; returns "" or the error text.
std::string try_commit(registry& reg) {
    try {
        reg.commit();
        return {};
    } catch (...) {
        return current_error_text();
    }
}

/// The engine: writes each step and verifies it; on the first failure undoes
/// everything written (the failed step included, as it may have half-happened),
/// in reverse. Always commits. Fills report.status, results, error.
void run_steps(registry& reg, const std::vector<write_step>& steps, run_report& report) {
    for (const auto& s : steps) report.results[s.result_index].outcome = write_outcome::not_attempted;

    std::optional<std::size_t> failed;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        auto& result = report.results[steps[i].result_index];
        try {
            write_and_verify(reg, steps[i].key, steps[i].value_name, steps[i].desired);
            result.outcome = write_outcome::written;
        } catch (...) {
            result.outcome = write_outcome::failed;
            result.error = current_error_text();
            report.error = result.error;
            failed = i;
            break;
        }
    }

    if (!failed) {
        const std::string commit_error = try_commit(reg);
        if (commit_error.empty()) {
            report.status = run_status::success;
            return;
        }
        // The writes could not be made durable: undo them and commit the undo.
        report.error = fmt::format("commit: {}", commit_error);
        const bool restored = roll_back(reg, steps, steps.size(), std::nullopt, report);
        const std::string second = try_commit(reg);
        if (!second.empty()) report.error += fmt::format("; commit after rollback: {}", second);
        report.status = restored && second.empty() ? run_status::rolled_back : run_status::rollback_failed;
        return;
    }

    const bool restored = roll_back(reg, steps, *failed + 1, failed, report);
    // Commit even after a full rollback: the live registry flushes, a snapshot
    // rewrites nothing when its content is back to what it was.
    std::string commit_error = try_commit(reg);
    if (!commit_error.empty()) commit_error = try_commit(reg);  // one retry
    if (!commit_error.empty()) report.error += fmt::format("; commit after rollback: {}", commit_error);
    report.status = restored && commit_error.empty() ? run_status::rolled_back : run_status::rollback_failed;
}

/// The strongest restart need among the steps written, ranked the way plan ranks it.
restart_need written_restart(const std::vector<write_step>& steps, const run_report& report) {
    if (report.status != run_status::success) return restart_need::none;
    plan written;
    for (const auto& s : steps) {
        if (report.results[s.result_index].outcome != write_outcome::written) continue;
        planned_change row;
        row.action = change_action::change;
        row.restart = s.restart;
        written.changes.push_back(std::move(row));
    }
    return written.strongest_restart();
}

/// The version a run records, in its journal line and its backup's header: the caller's, or this build's.
std::string version_or_build(const std::string& given) { return given.empty() ? std::string(version) : given; }

std::string machine_of(registry& reg, const std::string& fallback) {
    if (!fallback.empty()) return fallback;
    try {
        return reg.machine_name();
    } catch (...) {
        return {};  // an unreadable name must not stop a backup
    }
}

/// Writes the backup of `entries` (the state before the run) durably and reads
/// it back. Returns "" on success, else the error text (nothing is written then).
std::string write_backup(const std::filesystem::path& folder, const std::filesystem::path& key_file,
                         const backup_header& header, const std::vector<backup_entry>& entries,
                         std::filesystem::path& written_to) {
    try {
        const std::string key = load_or_create_backup_key(key_file);
        create_private_folder(folder);
        const std::string bytes = render_backup(header, entries, key);
        const auto file = write_new_backup(folder, header, bytes);
        if (read_file(file) != bytes) return fmt::format("{}: backup read back differs", path_text(file));
        written_to = file;
        return {};
    } catch (...) {
        return current_error_text();
    }
}

void journal_run(const std::filesystem::path& folder, const journal_record& record, run_report& report) {
    try {
        create_private_folder(folder);
        append_journal(journal_path(folder), record, report);
    } catch (...) {
        report.journal_error = current_error_text();
    }
}

/// Backup, then the engine; shared by apply and restore once the steps are known.
void back_up_and_run(registry& reg, const std::vector<write_step>& steps, const backup_header& header,
                     const std::filesystem::path& folder, const std::filesystem::path& key_file, run_report& report) {
    std::vector<backup_entry> entries;
    std::set<std::pair<std::string, std::string>> seen;  // one entry per value: its first state
    for (const auto& s : steps)
        if (seen.emplace(key_identity(s.key), fold_case(s.value_name)).second)
            entries.push_back(backup_entry{s.key, s.value_name, s.previous});

    const std::string backup_error = write_backup(folder, key_file, header, entries, report.backup);
    if (!backup_error.empty()) {
        report.status = run_status::backup_failed;
        report.error = backup_error;
        for (const auto& s : steps) report.results[s.result_index].outcome = write_outcome::not_attempted;
        return;
    }
    run_steps(reg, steps, report);
    report.restart = written_restart(steps, report);
}

/// A row's recorded state still matches the registry (same status, same bytes).
bool still_current(const planned_change& row, const std::optional<reg_value>& now) {
    switch (row.current_status) {
        case value_status::absent: return !now.has_value();
        case value_status::present:
        case value_status::wrong_type: return now.has_value() && row.current == now;
        case value_status::unreadable: return false;  // unknown then: the preview cannot be trusted
    }
    return false;
}

bool names_match(std::string_view wanted, const change_result& r) {
    return names_equal(wanted, r.value_name) || (!r.setting_id.empty() && names_equal(wanted, r.setting_id));
}

}  // namespace

run_report apply_plan(registry& reg, const plan& p, const apply_options& opts) {
    if (opts.key_file.empty()) throw std::invalid_argument("apply_plan: no backup key file given");
    run_report report;
    journal_record record{"apply", "", machine_of(reg, p.machine_name), reg.description(), p.profile_name, false, "",
                          current_account_name(), version_or_build(opts.tool_version)};

    // Every plan row gets a result; rows that write nothing stay `unchanged`, except
    // an unticked one a policy owns: that one is the policy's to change.
    std::map<const planned_change*, std::size_t> index_of;
    for (const auto& row : p.changes) {
        index_of[&row] = report.results.size();
        const bool left_to_policy = !row.selected && row.action != change_action::none && row.ownership.managed();
        report.results.push_back(change_result{row.setting_id, row.key, row.value_name,
                                               left_to_policy ? write_outcome::left_to_policy : write_outcome::unchanged,
                                               ""});
    }

    std::vector<write_step> steps;
    for (const planned_change* row : p.pending()) {
        write_step s{index_of.at(row), row->key, row->value_name, row->current, row->desired, row->restart};
        steps.push_back(std::move(s));
    }

    // Stale check first: the preview the user approved must still be true.
    for (const auto& s : steps) {
        auto& result = report.results[s.result_index];
        const planned_change& row = p.changes[s.result_index];
        try {
            const auto now = reg.find_value(s.key, s.value_name);
            if (still_current(row, now)) continue;
            result.error = fmt::format("stale: the preview read {}, the registry now holds {}",
                                       row.current_status == value_status::unreadable ? std::string("unreadable")
                                                                                      : describe(row.current),
                                       describe(now));
        } catch (...) {
            result.error = current_error_text();
        }
        if (report.error.empty()) report.error = result.error;
        report.status = run_status::stale_plan;
    }

    if (report.status == run_status::stale_plan) {
        for (const auto& s : steps) report.results[s.result_index].outcome = write_outcome::not_attempted;
    } else if (steps.empty()) {
        report.status = run_status::nothing_to_do;
    } else {
        const backup_header header{record.machine, record.target, utc_timestamp_now(), p.profile_name,
                                   record.tool_version};
        record.time_utc = header.time_utc;
        back_up_and_run(reg, steps, header, opts.backup_folder, opts.key_file, report);
    }

    if (record.time_utc.empty()) record.time_utc = utc_timestamp_now();
    journal_run(opts.backup_folder, record, report);
    return report;
}

run_report restore_backup(registry& reg, const std::filesystem::path& backup_file_path, const restore_options& opts) {
    if (opts.key_file.empty()) throw std::invalid_argument("restore_backup: no backup key file given");
    // Throws for anything ShareGuard does not manage, forced or not.
    const backup_file backup = read_backup_file(backup_file_path, opts.key_file);
    if (backup.doubt != backup_doubt::none && !opts.force) {
        const std::string file = path_text(backup_file_path);
        switch (backup.doubt) {
            case backup_doubt::damaged:
                throw input_error(file, 2, 1, fmt::format("sha256 mismatch: the file says {}, its content hashes to {}",
                                                          backup.stored_hash, backup.computed_hash));
            case backup_doubt::foreign_seal:
                throw input_error(file, 3, 1, "the hmac-sha256 does not verify with this machine's backup key");
            case backup_doubt::not_sealed:
                throw input_error(file, 0, 0, "no hmac-sha256 line: the backup cannot prove it was written here");
            case backup_doubt::no_key:
            case backup_doubt::none:
                throw input_error(file, 0, 0, fmt::format("this machine has no backup key ({}) to verify it with",
                                                          path_text(opts.key_file)));
        }
    }

    run_report report;
    for (const auto& e : backup.entries) {
        const setting* s = find_setting_at(e.key, e.value_name);
        report.results.push_back(change_result{s ? s->id : "", e.key, e.value_name, write_outcome::unchanged, ""});
    }

    // `only` picks entries by value name or setting id; a name that matches
    // nothing is a mistake the user must see before anything is written.
    std::vector<bool> chosen(backup.entries.size(), opts.only.empty());
    for (const auto& wanted : opts.only) {
        bool found = false;
        for (std::size_t i = 0; i < report.results.size(); ++i)
            if (names_match(wanted, report.results[i])) chosen[i] = found = true;
        if (!found)
            throw input_error(path_text(backup_file_path), 0, 0, fmt::format("not in the backup: {}", wanted));
    }

    journal_record record{"restore", "", machine_of(reg, ""), reg.description(), path_text(backup_file_path),
                          !backup.hash_ok, std::string(backup_doubt_id(backup.doubt)), current_account_name(),
                          version_or_build(opts.tool_version)};
    // A write back to a value Windows already acts on needs no restart, as in a
    // plan: judge each against the machine as it is now (the catalog's need when
    // the machine cannot be read).
    std::optional<scan_result> machine;
    try {
        machine = scan(reg, opts.facts);
    } catch (...) {
    }
    auto restart_of = [&machine](const setting* s, const std::optional<reg_value>& from,
                                 const std::optional<reg_value>& to) {
        if (!s) return restart_need::none;
        if (!machine) return s->restart;
        return restart_for_effect(*s, effect_of_write(*s, from, to, *machine), *machine);
    };
    std::vector<write_step> steps;
    for (std::size_t i = 0; i < backup.entries.size(); ++i) {
        if (!chosen[i]) continue;
        const auto& e = backup.entries[i];
        std::optional<reg_value> now;
        try {
            now = reg.find_value(e.key, e.value_name);
        } catch (...) {
            // The current state cannot be backed up, so it must not be overwritten.
            report.status = run_status::backup_failed;
            report.error = current_error_text();
            report.results[i].error = report.error;
            break;
        }
        if (now == e.previous) continue;  // already as in the backup
        const setting* s = find_setting_at(e.key, e.value_name);
        steps.push_back(write_step{i, e.key, e.value_name, now, e.previous, restart_of(s, now, e.previous)});
    }

    if (report.status == run_status::backup_failed) {
        for (std::size_t i = 0; i < chosen.size(); ++i)
            if (chosen[i]) report.results[i].outcome = write_outcome::not_attempted;
    } else if (steps.empty()) {
        report.status = run_status::nothing_to_do;
    } else {
        const backup_header header{record.machine, record.target, utc_timestamp_now(),
                                   fmt::format("restore of {}", path_text(backup_file_path.filename())),
                                   record.tool_version};
        record.time_utc = header.time_utc;
        back_up_and_run(reg, steps, header, opts.backup_folder, opts.key_file, report);
    }

    if (record.time_utc.empty()) record.time_utc = utc_timestamp_now();
    journal_run(opts.backup_folder, record, report);
    return report;
}

std::filesystem::path journal_path(const std::filesystem::path& backup_folder) {
    return backup_folder / "journal.jsonl";
}

}  // namespace sg
