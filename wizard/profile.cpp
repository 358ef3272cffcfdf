#include "wizard/profile.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <type_traits>
#include <nlohmann/json.hpp>

#include "wizard/catalog.h"
#include "wizard/errors.h"
#include "wizard/text_position.h"
#include "wizard/platform.h"
#include "wizard/reg_path.h"

namespace sg {

namespace {

using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;

constexpr std::string_view profile_schema_id = "shareguard-profile/1";
constexpr std::size_t max_name_length = 100;

// The fields a profile document may hold; anything else is a typo worth reporting.
constexpr std::string_view top_level_fields[] = {"$schema", "schema", "name", "description", "strategy",
                                                 "settings"};
constexpr std::string_view setting_fields[] = {"value", "delete", "reason"};

template <std::size_t N>
bool is_one_of(std::string_view name, const std::string_view (&names)[N]) {
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

/// nlohmann's names for JSON types, as a user reading the file would say them.
std::string_view json_type_name(const json& j) {
    switch (j.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object";
        case json::value_t::array: return "an array";
        case json::value_t::string: return "a string";
        case json::value_t::boolean: return "a boolean";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned: return "an integer";
        case json::value_t::number_float: return "a number with a fraction";
        default: return "an unsupported value";
    }
}

/// Content errors have no position (nlohmann keeps none after parsing); the
/// field path says where instead.
[[noreturn]] void fail_at(const std::string& file, const std::string& path, const std::string& what) {
    throw input_error(file, 0, 0, path.empty() ? what : path + ": " + what);
}

/// nlohmann's message without its "[json.exception...] parse error at line x, column y: " prefix,
/// since input_error states the position itself.
std::string syntax_detail(const json::parse_error& e) {
    std::string what = e.what();
    auto pos = what.find("parse error");
    if (pos != std::string::npos) {
        auto colon = what.find(": ", pos);
        if (colon != std::string::npos) return "JSON syntax error: " + what.substr(colon + 2);
    }
    return "JSON syntax error: " + what;
}

/// nlohmann's DOM builder that records where parsing failed instead of throwing.
/// json::parse throws json::out_of_range without a position for a number too
/// large for a double ("1e400"; found by tests/fuzz/fuzz_profile_json), and that
/// escaped as something other than input_error; the SAX interface reports a
/// position for every failure.
class positioned_dom_parser : public nlohmann::detail::json_sax_dom_parser<json> {
public:
    explicit positioned_dom_parser(json& result) : json_sax_dom_parser(result, /*allow_exceptions=*/false) {}

    template <class Exception>
    bool parse_error(std::size_t position, const std::string& token, const Exception& e) {
        if constexpr (std::is_same_v<Exception, json::parse_error>) {
            // e.byte is 1-based and points at the character that made parsing fail.
            failure_offset = e.byte > 0 ? e.byte - 1 : 0;
            failure_detail = syntax_detail(e);
        } else {
            // out_of_range (406, number overflow): the position is past the number; point at its start.
            failure_offset = position >= token.size() ? position - token.size() : 0;
            std::string what = e.what();
            const auto bracket = what.find("] ");
            failure_detail = "JSON number out of range: " + (bracket == std::string::npos ? what : what.substr(bracket + 2));
        }
        failed = true;
        return false;
    }

    bool failed = false;
    std::size_t failure_offset = 0;
    std::string failure_detail;
};

json parse_json_document(std::string_view text, const std::string& file) {
    json result;
    positioned_dom_parser handler(result);
    if (!json::sax_parse(text.begin(), text.end(), &handler) || handler.failed) {
        if (!handler.failed) throw input_error(file, 1, 1, "JSON syntax error");  // nlohmann reports every failure
        auto [line, column] = line_and_column(text, handler.failure_offset);
        throw input_error(file, line, column, handler.failure_detail);
    }
    return result;
}

std::string allowed_list(const setting& s) {
    std::string list;
    for (const auto& a : s.allowed) {
        if (!list.empty()) list += ", ";
        list += a.value.empty() ? "(empty)" : a.value;
    }
    return list;
}

std::string_view expected_json_for(reg_type t) {
    switch (t) {
        case reg_type::dword: return "an integer (REG_DWORD)";
        case reg_type::qword: return "an integer (REG_QWORD)";
        case reg_type::sz: return "a string (REG_SZ)";
        case reg_type::expand_sz: return "a string (REG_EXPAND_SZ)";
        case reg_type::multi_sz: return "an array of strings (REG_MULTI_SZ)";
        default: return "a value of a type profiles cannot set";
    }
}

/// Converts the JSON value to the catalog type, or fails naming the path.
reg_value json_to_reg_value(const json& j, const setting& s, const std::string& file, const std::string& path) {
    auto wrong_type = [&]() -> reg_value {
        fail_at(file, path, fmt::format("expected {}, got {}", expected_json_for(s.type), json_type_name(j)));
    };
    switch (s.type) {
        case reg_type::dword:
        case reg_type::qword: {
            if (!j.is_number_integer()) return wrong_type();
            if (j.is_number_unsigned()) {
                auto v = j.get<std::uint64_t>();
                if (s.type == reg_type::dword) {
                    if (v > std::numeric_limits<std::uint32_t>::max())
                        fail_at(file, path, fmt::format("{} does not fit in a REG_DWORD (0 to 4294967295)", v));
                    return reg_value::dword(static_cast<std::uint32_t>(v));
                }
                return reg_value::qword(v);
            }
            auto v = j.get<std::int64_t>();
            if (v < 0) fail_at(file, path, fmt::format("{} is negative; registry numbers are unsigned", v));
            return s.type == reg_type::dword ? reg_value::dword(static_cast<std::uint32_t>(v))
                                             : reg_value::qword(static_cast<std::uint64_t>(v));
        }
        case reg_type::sz:
        case reg_type::expand_sz:
            if (!j.is_string()) return wrong_type();
            return reg_value::string(j.get<std::string>(), s.type);
        case reg_type::multi_sz: {
            if (!j.is_array()) return wrong_type();
            std::vector<std::string> items;
            for (std::size_t i = 0; i < j.size(); ++i) {
                const auto& item = j[i];
                auto item_path = fmt::format("{}[{}]", path, i);
                if (!item.is_string())
                    fail_at(file, item_path, fmt::format("expected a string, got {}", json_type_name(item)));
                auto text = item.get<std::string>();
                // An empty string would end the REG_MULTI_SZ list early.
                if (text.empty()) fail_at(file, item_path, "empty strings are not allowed in a REG_MULTI_SZ list");
                items.push_back(std::move(text));
            }
            return reg_value::multi_string(items);
        }
        default:
            return wrong_type();
    }
}

target parse_setting(const setting& s, const json& body, const std::string& file, const std::string& path) {
    if (!body.is_object())
        fail_at(file, path, fmt::format("expected an object with \"value\" or \"delete\", got {}",
                                        json_type_name(body)));
    for (const auto& [field, ignored] : body.items()) {
        if (!is_one_of(field, setting_fields))
            fail_at(file, path + "." + field, "unknown field (expected \"value\", \"delete\" or \"reason\")");
    }
    target t;
    t.setting_id = s.id;
    t.why.code = reason_code::custom_profile;

    bool has_value = body.contains("value");
    bool deletes = false;
    if (body.contains("delete")) {
        const auto& d = body["delete"];
        if (!d.is_boolean()) fail_at(file, path + ".delete", fmt::format("expected true, got {}", json_type_name(d)));
        deletes = d.get<bool>();
        if (!deletes) fail_at(file, path + ".delete", "must be true when present (give \"value\" to set a value)");
    }
    if (has_value && deletes) fail_at(file, path, "\"value\" and \"delete\" exclude each other");
    if (!has_value && !deletes) fail_at(file, path, "needs \"value\" or \"delete\": true");

    if (has_value) {
        auto value_path = path + ".value";
        auto value = json_to_reg_value(body["value"], s, file, value_path);
        auto problem = check_target_value(s.id, value);
        if (problem == "out_of_range")
            fail_at(file, value_path,
                    fmt::format("{} is not allowed (allowed: {})", display_data(value), allowed_list(s)));
        if (!problem.empty()) fail_at(file, value_path, problem);
        t.value = std::move(value);
    }
    if (body.contains("reason")) {
        const auto& r = body["reason"];
        if (!r.is_string())
            fail_at(file, path + ".reason", fmt::format("expected a string, got {}", json_type_name(r)));
        t.why.text = r.get<std::string>();
    }
    return t;
}

const json& required_string(const json& doc, std::string_view field, const std::string& file) {
    std::string name(field);
    if (!doc.contains(name)) fail_at(file, name, "required field is missing");
    const auto& v = doc[name];
    if (!v.is_string()) fail_at(file, name, fmt::format("expected a string, got {}", json_type_name(v)));
    return v;
}

bool has_control_characters(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

/// Warning codes a custom profile earns the same way a recommendation does
/// (the recommendation rules add breaks_admin_shares from answers a profile lacks).
std::vector<warning_code> warnings_for(const std::vector<target>& targets) {
    std::vector<warning_code> warnings;
    auto add = [&](warning_code code) {
        if (std::find(warnings.begin(), warnings.end(), code) == warnings.end()) warnings.push_back(code);
    };
    for (const auto& t : targets) {
        const setting* s = find_setting(t.setting_id);
        bool disables_admin_shares = (names_equal(t.setting_id, "AutoShareServer") ||
                                      names_equal(t.setting_id, "AutoShareWks")) &&
                                     t.value && t.value->try_as_dword() == 0u;
        if (disables_admin_shares) add(warning_code::ipc_stays);
        // Writing a watched value's hardened form is what EDR/SIEM rules look for.
        if (s && s->flagged_by_monitoring && t.value && s->hardened_dword &&
            t.value->try_as_dword() == s->hardened_dword)
            add(warning_code::monitoring_alerts);
    }
    return warnings;
}

ordered_json reg_value_to_profile_json(const reg_value& v) {
    switch (v.type) {
        case reg_type::dword:
            if (auto d = v.try_as_dword()) return *d;
            break;
        case reg_type::qword:
            if (auto q = v.try_as_qword()) return *q;
            break;
        case reg_type::sz:
        case reg_type::expand_sz:
            if (auto s = v.try_as_string()) return *s;
            break;
        case reg_type::multi_sz:
            if (auto list = v.try_as_multi_string()) return *list;
            break;
        default:
            break;
    }
    // Not expressible in a profile; parse_profile_json would reject what we wrote.
    throw std::invalid_argument("profile_to_json: value of type " + reg_type_name(v.type) +
                                " cannot be written to a profile");
}

}  // namespace

std::string_view strategy_id(strategy s) {
    switch (s) {
        case strategy::block: return "block";
        case strategy::restrict: return "restrict";
    }
    return "restrict";
}

std::optional<strategy> try_parse_strategy(std::string_view text) {
    if (names_equal(text, "block")) return strategy::block;
    if (names_equal(text, "restrict")) return strategy::restrict;
    return std::nullopt;
}

const target* profile::find_target(std::string_view setting_id) const {
    for (const auto& t : targets) {
        if (names_equal(t.setting_id, setting_id)) return &t;
    }
    return nullptr;
}

std::string check_target_value(std::string_view setting_id, const std::optional<reg_value>& value) {
    const setting* s = find_setting(setting_id);
    if (!s) return "unknown_setting";
    if (!value) return "";  // deleting a value is always expressible
    if (value->type != s->type) return "wrong_type";
    if (s->type == reg_type::dword && !s->allowed.empty()) {
        auto dword = value->try_as_dword();
        if (!dword) return "wrong_type";
        auto text = std::to_string(*dword);
        bool listed = std::any_of(s->allowed.begin(), s->allowed.end(),
                                  [&](const allowed_value& a) { return a.value == text; });
        if (!listed) return "out_of_range";
    }
    return "";
}

profile parse_profile_json(std::string_view json_text, const std::string& file_name) {
    json doc = parse_json_document(json_text, file_name);
    if (!doc.is_object())
        fail_at(file_name, "", fmt::format("a profile is a JSON object, got {}", json_type_name(doc)));
    for (const auto& [field, ignored] : doc.items()) {
        if (!is_one_of(field, top_level_fields))
            fail_at(file_name, field,
                    "unknown field (expected schema, name, description, strategy, settings)");
    }

    const auto& schema = required_string(doc, "schema", file_name);
    if (schema.get<std::string>() != profile_schema_id)
        fail_at(file_name, "schema",
                fmt::format("\"{}\" is not supported (expected \"{}\")", schema.get<std::string>(),
                            profile_schema_id));

    profile p;
    p.name = required_string(doc, "name", file_name).get<std::string>();
    if (p.name.empty()) fail_at(file_name, "name", "must not be empty");
    if (p.name.size() > max_name_length)
        fail_at(file_name, "name", fmt::format("is longer than {} characters", max_name_length));
    if (has_control_characters(p.name)) fail_at(file_name, "name", "must not contain control characters");

    if (doc.contains("description")) p.description = required_string(doc, "description", file_name);

    auto strategy_text = required_string(doc, "strategy", file_name).get<std::string>();
    auto strat = try_parse_strategy(strategy_text);
    if (!strat)
        fail_at(file_name, "strategy", fmt::format("\"{}\" is not a strategy (allowed: block, restrict)",
                                                   strategy_text));
    p.strat = *strat;

    if (!doc.contains("settings")) fail_at(file_name, "settings", "required field is missing");
    const auto& settings = doc["settings"];
    if (!settings.is_object())
        fail_at(file_name, "settings", fmt::format("expected an object, got {}", json_type_name(settings)));
    if (settings.empty()) fail_at(file_name, "settings", "a profile must set at least one setting");

    // Validate every entry first (names in file order, so the first error in
    // the file is the one reported), then store targets in catalog order.
    std::vector<target> parsed;
    for (const auto& [id, body] : settings.items()) {
        auto path = "settings." + id;
        const setting* s = find_setting(id);
        if (!s) fail_at(file_name, path, "unknown setting");
        auto duplicate = std::find_if(parsed.begin(), parsed.end(),
                                      [&](const target& t) { return t.setting_id == s->id; });
        if (duplicate != parsed.end())
            fail_at(file_name, path, fmt::format("\"{}\" is already set (names ignore case)", s->id));
        parsed.push_back(parse_setting(*s, body, file_name, path));
    }
    for (const auto& s : catalog()) {
        auto it = std::find_if(parsed.begin(), parsed.end(), [&](const target& t) { return t.setting_id == s.id; });
        if (it != parsed.end()) p.targets.push_back(std::move(*it));
    }
    p.source = file_name;
    p.warnings = warnings_for(p.targets);
    return p;
}

profile read_profile_file(const std::filesystem::path& file) {
    auto text = read_file(file);
    return parse_profile_json(text, file.string());
}

std::string profile_to_json(const profile& p) {
    ordered_json doc;
    doc["schema"] = profile_schema_id;
    doc["name"] = p.name;
    if (!p.description.empty()) doc["description"] = p.description;
    doc["strategy"] = strategy_id(p.strat);
    ordered_json settings = ordered_json::object();
    for (const auto& t : p.targets) {
        ordered_json entry;
        if (t.value) {
            entry["value"] = reg_value_to_profile_json(*t.value);
        } else {
            entry["delete"] = true;
        }
        if (!t.why.text.empty()) entry["reason"] = t.why.text;
        settings[t.setting_id] = std::move(entry);
    }
    doc["settings"] = std::move(settings);
    return doc.dump(2) + "\n";
}

}  // namespace sg
