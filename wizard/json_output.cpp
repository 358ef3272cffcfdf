#include "wizard/json_output.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "wizard/apply.h"
#include "wizard/catalog.h"
#include "wizard/detection.h"
#include "wizard/ids.h"
#include "wizard/plan.h"
#include "wizard/profile.h"
#include "wizard/vocabulary.h"

namespace sg {

namespace {

// ordered_json keeps fields in the order written, so the output reads top-down.
using ordered_json = nlohmann::ordered_json;

ordered_json document(std::string_view kind) {
    ordered_json doc;
    doc["schema"] = json_schema_id;
    doc["kind"] = kind;
    return doc;
}

std::string dump(const ordered_json& doc) {
    // Invalid UTF-8 (a corrupt snapshot) is replaced rather than thrown: the
    // output must stay one valid document.
    return doc.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

std::string hex_of(const std::vector<std::uint8_t>& bytes) {
    std::string hex;
    hex.reserve(bytes.size() * 2);
    for (auto b : bytes) hex += fmt::format("{:02x}", b);
    return hex;
}

/// {"type": "REG_DWORD", "data": 1}; strings and lists as JSON strings and arrays;
/// anything else (or malformed data) as {"type": ..., "hex": "..."}. null when absent.
ordered_json value_json(const std::optional<reg_value>& v) {
    if (!v) return nullptr;
    ordered_json j;
    j["type"] = reg_type_name(v->type);
    switch (v->type) {
        case reg_type::dword:
            if (auto d = v->try_as_dword()) {
                j["data"] = *d;
                return j;
            }
            break;
        case reg_type::qword:
            if (auto q = v->try_as_qword()) {
                j["data"] = *q;
                return j;
            }
            break;
        case reg_type::sz:
        case reg_type::expand_sz:
            if (auto s = v->try_as_string()) {
                j["data"] = *s;
                return j;
            }
            break;
        case reg_type::multi_sz:
            if (auto list = v->try_as_multi_string()) {
                j["data"] = *list;
                return j;
            }
            break;
        default:
            break;
    }
    j["hex"] = hex_of(v->data);
    return j;
}

ordered_json reason_json(const reason& why) {
    ordered_json j;
    j["code"] = id_of(why.code);
    j["answers"] = ids_of(why.answers);
    j["params"] = why.params;
    if (!why.text.empty()) j["text"] = why.text;
    return j;
}

/// The value's owner details: the verdict's data and the evidence, ids only.
ordered_json ownership_json(const value_ownership& o) {
    ordered_json j;
    j["certain"] = o.certain;
    j["gpo_names"] = o.gpo_names;
    j["mdm_enrollment"] = o.mdm_enrollment;
    j["mdm_provider"] = o.mdm_provider;
    ordered_json evidence = ordered_json::array();
    for (const auto& e : o.evidence)
        evidence.push_back({{"basis", id_of(e.basis)}, {"where", e.where}, {"names", e.names}, {"detail", e.detail}});
    j["evidence"] = std::move(evidence);
    return j;
}

void add_ownership(ordered_json& j, const value_ownership& o) {
    j["managed_by"] = policy_owner_id(o.owner);
    j["ownership"] = ownership_json(o);
}

ordered_json setting_state_json(const setting_state& s, const policy_ownership& owners) {
    ordered_json j;
    j["setting"] = s.setting_id;
    j["key"] = s.key;
    if (const setting* entry = find_setting(s.setting_id)) j["value_name"] = entry->value_name;
    j["status"] = status_id(s.status);
    j["value"] = value_json(s.value);
    if (!s.error.empty()) j["error"] = s.error;
    value_ownership unknown;
    unknown.setting_id = s.setting_id;
    const value_ownership* o = owners.of(s.setting_id);
    add_ownership(j, o ? *o : unknown);
    return j;
}

ordered_json targets_json(const profile& p) {
    ordered_json targets = ordered_json::array();
    for (const auto& t : p.targets) {
        ordered_json j;
        j["setting"] = t.setting_id;
        j["action"] = t.value ? "set" : "delete";
        j["value"] = value_json(t.value);
        j["reason"] = reason_json(t.why);
        targets.push_back(std::move(j));
    }
    return targets;
}

ordered_json profile_json(const profile& p) {
    ordered_json j;
    j["name"] = p.name;
    j["description"] = p.description;
    j["strategy"] = strategy_id(p.strat);
    j["source"] = p.source;
    j["warnings"] = ids_of(p.warnings);
    j["targets"] = targets_json(p);
    ordered_json unmanaged = ordered_json::array();
    for (const auto& u : p.unmanaged) {
        ordered_json entry;
        entry["setting"] = u.setting_id;
        entry["reason"] = reason_json(u.why);
        unmanaged.push_back(std::move(entry));
    }
    j["unmanaged"] = std::move(unmanaged);
    return j;
}

ordered_json change_json(const planned_change& c) {
    ordered_json j;
    j["setting"] = c.setting_id;
    j["key"] = c.key;
    j["value_name"] = c.value_name;
    j["current_status"] = status_id(c.current_status);
    j["current"] = value_json(c.current);
    j["desired"] = value_json(c.desired);
    j["action"] = action_id(c.action);
    j["effect"] = effect_id(c.effect);
    j["effective_current"] = value_json(c.effective_current);
    j["effective_desired"] = value_json(c.effective_desired);
    j["restart"] = restart_id(c.restart);
    j["risk"] = risk_id(c.risk);
    j["affected_roles"] = ids_of(c.affected_roles);
    j["breaks_proven_role"] = c.breaks_proven_role;
    ordered_json baselines = ordered_json::array();
    for (const auto* b : c.baselines) baselines.push_back("DISA STIG " + b->id);
    j["baselines"] = std::move(baselines);
    j["notices"] = ids_of(c.notices);
    j["reason"] = reason_json(c.why);
    add_ownership(j, c.ownership);
    j["selected"] = c.selected;
    return j;
}

ordered_json plan_header(std::string_view kind, const plan& p) {
    auto doc = document(kind);
    doc["target"] = p.target;
    doc["machine"] = p.machine_name;
    doc["profile"] = p.profile_name;
    doc["strategy"] = strategy_id(p.strat);
    doc["warnings"] = ids_of(p.warnings);
    return doc;
}

}  // namespace

std::string scan_to_json(const scan_result& scan) {
    auto doc = document("scan");
    doc["target"] = scan.target;
    doc["machine"] = scan.machine_name;
    doc["product"] = product_id(scan.product);
    doc["product_type_raw"] = scan.product_type_raw;
    ordered_json os;
    os["name"] = scan.os_name;
    os["build"] = scan.os_build;
    os["family"] = os_family_id(scan.family);
    doc["os"] = std::move(os);
    ordered_json smb1;
    smb1["state"] = feature_state_id(scan.smb1_server.state);
    smb1["evidence"] = scan.smb1_server.evidence;
    doc["smb1_server"] = std::move(smb1);
    ordered_json server;
    server["state"] = service_state_id(scan.server_service.state);
    server["evidence"] = scan.server_service.evidence;
    doc["server_service"] = std::move(server);

    ordered_json services = ordered_json::array();
    for (const auto& s : scan.services) {
        ordered_json j;
        j["name"] = s.name;
        j["display_name"] = s.display_name;
        j["start"] = start_id(s.start);
        services.push_back(std::move(j));
    }
    doc["services"] = std::move(services);

    ordered_json instances = ordered_json::array();
    for (const auto& i : scan.sql_instances) {
        ordered_json j;
        j["name"] = i.name;
        j["instance_id"] = i.instance_id;
        j["service"] = i.service_name;
        if (i.named_pipes_enabled) {
            j["named_pipes_enabled"] = *i.named_pipes_enabled;
        } else {
            j["named_pipes_enabled"] = nullptr;
        }
        instances.push_back(std::move(j));
    }
    doc["sql_instances"] = std::move(instances);

    ordered_json roles = ordered_json::array();
    for (const auto& r : scan.roles) {
        ordered_json j;
        j["role"] = id_of(r.role);
        j["evidence"] = r.evidence;
        j["proven"] = r.proven;
        roles.push_back(std::move(j));
    }
    doc["roles"] = std::move(roles);
    doc["shared_printers"] = scan.shared_printers;

    ordered_json settings = ordered_json::array();
    for (const auto& s : scan.settings) settings.push_back(setting_state_json(s, scan.ownership));
    doc["settings"] = std::move(settings);
    return dump(doc);
}

std::string plan_to_json(const plan& p) {
    auto doc = plan_header("plan", p);
    ordered_json changes = ordered_json::array();
    for (const auto& c : p.changes) changes.push_back(change_json(c));
    doc["changes"] = std::move(changes);
    doc["pending"] = p.pending().size();
    doc["restart"] = restart_id(p.strongest_restart());
    return dump(doc);
}

std::string run_report_to_json(const run_report& report) { return run_report_to_json(report, "run"); }

std::string run_report_to_json(const run_report& report, std::string_view kind) {
    auto doc = document(kind);
    doc["status"] = run_status_id(report.status);
    doc["backup"] = report.backup.empty() ? ordered_json(nullptr) : ordered_json(report.backup.string());
    doc["restart"] = restart_id(report.restart);
    doc["error"] = report.error;
    doc["journal_error"] = report.journal_error;
    ordered_json results = ordered_json::array();
    for (const auto& r : report.results) {
        ordered_json j;
        j["setting"] = r.setting_id;
        j["key"] = r.key;
        j["value_name"] = r.value_name;
        j["outcome"] = outcome_id(r.outcome);
        if (!r.error.empty()) j["error"] = r.error;
        results.push_back(std::move(j));
    }
    doc["results"] = std::move(results);
    return dump(doc);
}

std::string recommendation_to_json(const answer_set& answers, const profile& p) {
    auto doc = document("recommendation");
    ordered_json list = ordered_json::array();
    // questions() gives the order a front end asks them; answers keyed by id.
    for (const auto& q : questions()) {
        auto it = answers.find(q.id);
        if (it == answers.end()) continue;
        ordered_json j;
        j["question"] = id_of(q.id);
        j["answer"] = it->second.yes;
        j["from_detection"] = it->second.from_detection;
        j["evidence"] = it->second.evidence;
        list.push_back(std::move(j));
    }
    doc["answers"] = std::move(list);
    doc["profile"] = profile_json(p);
    return dump(doc);
}

std::string profile_summary_to_json(const profile& p) {
    auto doc = document("profile");
    doc["profile"] = profile_json(p);
    return dump(doc);
}

std::string card_to_json(const setting_card& card) {
    const setting& s = *card.entry;
    auto doc = document("explain");
    ordered_json facts;
    facts["setting"] = s.id;
    facts["key"] = s.key;
    facts["value_name"] = s.value_name;
    facts["type"] = reg_type_name(s.type);
    ordered_json allowed = ordered_json::array();
    for (const auto& a : s.allowed) allowed.push_back({{"value", a.value}, {"meaning", a.meaning}});
    facts["allowed"] = std::move(allowed);
    facts["windows_default"] = s.windows_default;
    facts["group_policy"] = s.group_policy;
    facts["recommended"] = s.recommended;
    facts["restart"] = restart_id(s.restart);
    facts["breaks"] = s.breaks;
    facts["can_break_roles"] = ids_of(s.can_break_roles);
    facts["notes"] = s.notes;
    facts["sources"] = s.sources;
    facts["flagged_by_monitoring"] = s.flagged_by_monitoring;
    ordered_json baselines = ordered_json::array();
    for (const auto* b : card.baselines)
        baselines.push_back({{"family", os_family_id(b->family)}, {"id", "DISA STIG " + b->id},
                             {"member_servers_only", b->applies == baseline_ref::scope::member_only}});
    facts["baselines"] = std::move(baselines);
    doc["facts"] = std::move(facts);
    if (card.state) {
        ordered_json machine;
        machine["current_status"] = status_id(card.state->status);
        machine["current"] = value_json(card.state->value);
        machine["windows_default"] = value_json(card.windows_default);
        machine["effective"] = value_json(card.effective);
        if (card.ownership) add_ownership(machine, *card.ownership);
        doc["machine"] = std::move(machine);
    } else {
        doc["machine"] = nullptr;
    }
    doc["proposed"] = card.proposed ? change_json(*card.proposed) : ordered_json(nullptr);
    doc["left_alone"] = card.left_alone ? ordered_json{{"setting", card.left_alone->setting_id},
                                                       {"reason", reason_json(card.left_alone->why)}}
                                        : ordered_json(nullptr);
    return dump(doc);
}

std::string check_to_json(const plan& p) {
    auto doc = plan_header("check", p);
    ordered_json settings = ordered_json::array();
    std::size_t not_compliant = 0;
    std::size_t by_policy = 0;
    for (const auto& c : p.changes) {
        bool compliant = c.action == change_action::none;
        if (!compliant) ++not_compliant;
        // Matching only because a policy sets it: compliant, but the policy keeps it so, not the machine.
        const bool compliant_by_policy = compliant && c.ownership.managed();
        if (compliant_by_policy) ++by_policy;
        ordered_json j;
        j["setting"] = c.setting_id;
        j["key"] = c.key;
        j["value_name"] = c.value_name;
        j["compliant"] = compliant;
        j["compliance"] = compliant_by_policy ? "compliant_by_policy" : compliant ? "compliant" : "not_compliant";
        j["current_status"] = status_id(c.current_status);
        j["current"] = value_json(c.current);
        j["desired"] = value_json(c.desired);
        add_ownership(j, c.ownership);
        settings.push_back(std::move(j));
    }
    doc["compliant"] = not_compliant == 0;
    doc["not_compliant_count"] = not_compliant;
    doc["compliant_by_policy_count"] = by_policy;
    doc["settings"] = std::move(settings);
    return dump(doc);
}

}  // namespace sg
