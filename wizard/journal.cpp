#include "wizard/journal.h"

#include <nlohmann/json.hpp>

#include <system_error>

#include "wizard/apply.h"
#include "wizard/ids.h"
#include "wizard/platform.h"

namespace sg {

namespace {

// Bump only for changes a reader of old lines must know about; new fields are additive.
constexpr int journal_schema_version = 1;

}  // namespace

void append_journal(const std::filesystem::path& journal_file, const journal_record& record,
                    const run_report& report) {
    nlohmann::json results = nlohmann::json::array();
    for (const auto& r : report.results) {
        results.push_back({{"setting", r.setting_id},
                           {"key", r.key},
                           {"value_name", r.value_name},
                           {"outcome", outcome_id(r.outcome)},
                           {"error", r.error}});
    }
    nlohmann::json line = {
        {"schema", journal_schema_version},
        {"action", record.action},
        {"time", record.time_utc},
        {"machine", record.machine},
        {"target", record.target},
        {"user", record.user},
        {"tool_version", record.tool_version},
        {"status", run_status_id(report.status)},
        {"backup", path_text(report.backup)},
        {"restart", restart_id(report.restart)},
        {"error", report.error},
        {"results", std::move(results)},
    };
    // An apply names its profile; a restore names the backup it restored.
    line[record.action == "restore" ? "backup_file" : "profile"] = record.profile;
    // A tampered backup restored anyway must stay visible afterwards.
    if (record.forced) line["hash_mismatch_forced"] = true;
    // Whether the restored backup proved it was written on this machine (HMAC), and if not, why not.
    if (!record.backup_check.empty()) {
        line["backup_verified"] = record.backup_check == "verified";
        line["backup_check"] = record.backup_check;
    }
    // Registry text may hold invalid UTF-8 (bytes from an ANSI .reg); a journal
    // line must still be written, so such bytes become U+FFFD.
    append_line_durably(journal_file, line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::vector<std::string> read_journal_lines(const std::filesystem::path& journal_file) {
    std::error_code ec;
    if (!std::filesystem::exists(journal_file, ec)) return {};  // no run journaled yet
    const std::string text = read_file(journal_file);
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty()) lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

}  // namespace sg
