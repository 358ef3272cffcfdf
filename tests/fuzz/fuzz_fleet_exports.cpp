// Every fleet exporter on profiles made from the input: the input is read as a
// custom profile (parse_profile_json; refused inputs are skipped), turned
// into a deployment and its undo twin, and each export format writes both.
// Exporters are pure functions over validated catalog values: the only
// exceptions they throw are std::logic_error for a broken invariant (a value
// the format cannot express, wizard/fleet/*.cpp), which a profile that passed
// check_target_value must never reach, so every exception is a finding.
// The .reg export is re-read by parse_reg and must hold exactly the deployed values.
#include <algorithm>

#include "fuzz_support.h"
#include "wizard/errors.h"
#include "wizard/fleet/deployment.h"
#include "wizard/fleet/export_formats.h"
#include "wizard/profile.h"
#include "wizard/reg_file.h"

namespace {

using sg::fleet::deployment;

std::string where(const deployment& d) { return std::string(sg::fleet::deployment_kind_id(d.header.kind)); }

void check_reg_export(const deployment& d, const sg::fleet::exported_file& file) {
    sg::reg_document doc;
    try {
        doc = sg::parse_reg(file.bytes, file.path);
    } catch (const sg::input_error& e) {
        sg::fuzz::finding(where(d) + ": the .reg export does not parse: " + e.what());
    }
    std::size_t values_read = 0;
    for (const sg::reg_file_key& k : doc.keys) {
        if (k.deleted) sg::fuzz::finding(where(d) + ": the .reg export deletes a key: " + k.path);
        values_read += k.values.size();
    }
    if (values_read != d.values.size())
        sg::fuzz::finding(where(d) + ": the .reg export holds " + std::to_string(values_read) + " values, not " +
                          std::to_string(d.values.size()));
    for (const sg::fleet::deployed_value& v : d.values) {
        bool found = false;
        for (const sg::reg_file_key& k : doc.keys) {
            if (k.path != v.entry->key) continue;
            found = std::any_of(k.values.begin(), k.values.end(), [&](const sg::reg_file_value& r) {
                return r.name == v.entry->value_name && r.value == v.value;
            });
            if (found) break;
        }
        if (!found) sg::fuzz::finding(where(d) + ": the .reg export lost or changed " + v.entry->id);
    }
}

// exported_file.h: relative, '/'-separated; no component may climb out of the folder.
bool is_relative_slash_path(const std::string& path) {
    if (path.empty() || path.find('\\') != std::string::npos || path.find(':') != std::string::npos) return false;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = path.find('/', start);
        const std::string part = path.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (part.empty() || part == "." || part == "..") return false;
        if (end == std::string::npos) return true;
        start = end + 1;
    }
}

void export_everything(const deployment& d) {
    for (sg::fleet::export_format f : sg::fleet::all_export_formats()) {
        const std::vector<sg::fleet::exported_file> files = sg::fleet::export_files(f, d);
        if (files.empty()) sg::fuzz::finding(where(d) + ": no files for " + std::string(sg::fleet::export_format_id(f)));
        for (const sg::fleet::exported_file& file : files) {
            if (!is_relative_slash_path(file.path)) sg::fuzz::finding("not a relative '/'-separated path: " + file.path);
            if (f == sg::fleet::export_format::reg) check_reg_export(d, file);
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    sg::profile prof;
    try {
        prof = sg::parse_profile_json(sg::fuzz::as_bytes(data, size), "fuzz");
    } catch (const sg::input_error&) {
        return 0;
    }
    sg::fleet::deployment_header header;
    header.profile_name = prof.name;
    header.tool_version = "0.1.0";
    header.created_utc = "2026-12-02T17:00:00Z";
    const deployment apply = sg::fleet::deployment_from_profile(prof, header);
    export_everything(apply);
    export_everything(sg::fleet::undo_to_windows_defaults(apply));
    return 0;
}
