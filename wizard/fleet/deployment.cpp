#include "wizard/fleet/deployment.h"

#include <algorithm>

#include <stdexcept>

namespace sg::fleet {
namespace {

const setting& catalog_entry(const std::string& id) {
    const setting* s = find_setting(id);
    // Profiles and plans are checked against the catalog when they are made; an
    // id that is not there is a programming error, not input.
    if (s == nullptr) throw std::logic_error("fleet: not a catalog setting: " + id);
    return *s;
}

void sort_by_catalog(std::vector<deployed_value>& values) {
    const auto& all = catalog();
    auto rank = [&](const setting* s) { return std::distance(all.data(), s); };
    std::stable_sort(values.begin(), values.end(),
                     [&](const deployed_value& a, const deployed_value& b) { return rank(a.entry) < rank(b.entry); });
}

}  // namespace

deployment deployment_from_profile(const profile& prof, deployment_header header) {
    deployment d;
    d.header = std::move(header);
    d.header.kind = deployment_kind::apply;
    for (const target& t : prof.targets) d.values.push_back({&catalog_entry(t.setting_id), t.value});
    sort_by_catalog(d.values);
    return d;
}

deployment deployment_from_plan(const plan& p, deployment_header header) {
    deployment d;
    d.header = std::move(header);
    d.header.kind = deployment_kind::apply;
    for (const planned_change& c : p.changes)
        if (c.selected) d.values.push_back({&catalog_entry(c.setting_id), c.desired});
    sort_by_catalog(d.values);
    return d;
}

deployment undo_to_windows_defaults(const deployment& d) {
    deployment undo;
    undo.header = d.header;
    undo.header.kind = deployment_kind::undo_windows_defaults;
    undo.header.undo_source.clear();
    for (const deployed_value& v : d.values) {
        switch (v.entry->shipped.what) {
        case shipped_state::kind::absent: undo.values.push_back({v.entry, std::nullopt}); break;
        case shipped_state::kind::value: undo.values.push_back({v.entry, v.entry->shipped.value}); break;
        case shipped_state::kind::varies: undo.left_out.push_back({v.entry, undo_gap::default_varies}); break;
        }
    }
    return undo;
}

deployment undo_from_backup(const deployment& d, const backup_file& backup, std::string backup_name) {
    deployment undo;
    undo.header = d.header;
    undo.header.kind = deployment_kind::undo_backup;
    undo.header.undo_source = std::move(backup_name);
    for (const deployed_value& v : d.values) {
        // parse_backup already refused any value outside the catalog; a backup
        // spells keys as the machine's export did, so compare as Windows does.
        auto it = std::find_if(backup.entries.begin(), backup.entries.end(),
                               [&](const backup_entry& e) { return find_setting_at(e.key, e.value_name) == v.entry; });
        if (it == backup.entries.end())
            undo.left_out.push_back({v.entry, undo_gap::not_in_backup});
        else
            undo.values.push_back({v.entry, it->previous});
    }
    return undo;
}

std::string_view deployment_kind_id(deployment_kind k) {
    switch (k) {
    case deployment_kind::apply: return "apply";
    case deployment_kind::undo_windows_defaults: return "undo-defaults";
    case deployment_kind::undo_backup: return "undo-backup";
    }
    return "apply";
}

std::string_view undo_gap_id(undo_gap g) {
    switch (g) {
    case undo_gap::default_varies: return "default_varies";
    case undo_gap::not_in_backup: return "not_in_backup";
    }
    return "default_varies";
}

}  // namespace sg::fleet
