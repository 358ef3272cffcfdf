// Custom profiles in JSON: parsing, the catalog's value checks, error
// positions (line/column for syntax, field path for content), round trip.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "support/temp_folder.h"
#include "support/test_paths.h"
#include "wizard/catalog.h"
#include "wizard/errors.h"
#include "wizard/platform.h"
#include "wizard/profile.h"

namespace sg::test {

namespace {

const char* const valid_profile = R"({
  "schema": "shareguard-profile/1",
  "name": "sql-host-custom",
  "description": "SQL Server with named pipes",
  "strategy": "restrict",
  "settings": {
    "NullSessionShares": {"delete": true},
    "RestrictAnonymous": {"value": 1, "reason": "STIG WN10-SO-000150"},
    "nullsessionpipes": {"value": ["netlogon"]}
  }
})";

/// The input_error a document raises (fails the test when it parses).
input_error error_of(const std::string& json_text) {
    try {
        parse_profile_json(json_text, "p.json");
    } catch (const input_error& e) {
        return e;
    }
    FAIL("the profile parsed, but an input_error was expected");
    return input_error("", 0, 0, "");
}

std::string with_settings(const std::string& settings) {
    return R"({"schema":"shareguard-profile/1","name":"t","strategy":"restrict","settings":)" + settings + "}";
}

}  // namespace

TEST_SUITE("profile") {

TEST_CASE("strategy ids parse back, in any case") {
    CHECK(strategy_id(strategy::block) == "block");
    CHECK(strategy_id(strategy::restrict) == "restrict");
    CHECK(try_parse_strategy("Block") == strategy::block);
    CHECK(try_parse_strategy("restrict") == strategy::restrict);
    CHECK_FALSE(try_parse_strategy("harden").has_value());
}

TEST_CASE("a valid profile: typed values, catalog order, canonical ids, reasons") {
    auto p = parse_profile_json(valid_profile, "p.json");
    CHECK(p.name == "sql-host-custom");
    CHECK(p.description == "SQL Server with named pipes");
    CHECK(p.strat == strategy::restrict);
    CHECK(p.source == "p.json");
    REQUIRE(p.targets.size() == 3);

    // Catalog order, whatever the file's order.
    std::vector<std::string> catalog_order;
    for (const auto& s : catalog()) catalog_order.push_back(s.id);
    auto rank = [&](const std::string& id) {
        return std::find(catalog_order.begin(), catalog_order.end(), id) - catalog_order.begin();
    };
    CHECK(rank(p.targets[0].setting_id) < rank(p.targets[1].setting_id));
    CHECK(rank(p.targets[1].setting_id) < rank(p.targets[2].setting_id));

    const target* anon = p.find_target("restrictanonymous");
    REQUIRE(anon != nullptr);
    CHECK(anon->setting_id == "RestrictAnonymous");
    CHECK(anon->value == reg_value::dword(1));
    CHECK(anon->why.text == "STIG WN10-SO-000150");

    const target* pipes = p.find_target("NullSessionPipes");
    REQUIRE(pipes != nullptr);
    CHECK(pipes->setting_id == "NullSessionPipes");  // the catalog's spelling, not the file's
    CHECK(pipes->value == reg_value::multi_string({"netlogon"}));

    const target* shares = p.find_target("NullSessionShares");
    REQUIRE(shares != nullptr);
    CHECK_FALSE(shares->value.has_value());
    CHECK(p.find_target("AutoShareServer") == nullptr);
}

TEST_CASE("profile_to_json writes a document that parses back to the same profile") {
    auto p = parse_profile_json(valid_profile, "p.json");
    auto again = parse_profile_json(profile_to_json(p), "p.json");
    CHECK(again.name == p.name);
    CHECK(again.description == p.description);
    CHECK(again.strat == p.strat);
    CHECK(again.targets == p.targets);
}

TEST_CASE("the example profiles shipped in resources/profiles are valid") {
    auto p = read_profile_file(resources_dir() / "profiles" / "example-sql-host.json");
    CHECK(p.strat == strategy::restrict);
    CHECK_FALSE(p.targets.empty());
    auto locked = read_profile_file(resources_dir() / "profiles" / "example-locked-down.json");
    CHECK(locked.strat == strategy::block);
    const auto& warned = locked.warnings;
    CHECK(std::find(warned.begin(), warned.end(), warning_code::ipc_stays) != warned.end());
    CHECK(std::find(warned.begin(), warned.end(), warning_code::monitoring_alerts) != warned.end());
}

TEST_CASE("JSON syntax errors give file, line and column") {
    auto e = error_of("{\n  \"schema\": \"shareguard-profile/1\",\n  \"name\": oops\n}");
    CHECK(e.file() == "p.json");
    CHECK(e.line() == 3);
    CHECK(e.column() == 11);  // the 'o' of oops is column 11; nlohmann stops at the first bad byte
    CHECK(std::string(e.what()).find("p.json:3:11: JSON syntax error") == 0);

    auto truncated = error_of("{\"schema\": \"shareguard-profile/1\",\n");
    CHECK(truncated.line() == 2);
}

TEST_CASE("a number too large for JSON's doubles is a syntax-position input_error (fuzz_profile_json finding)") {
    // nlohmann throws json::out_of_range, not parse_error, for these; it used to
    // escape parse_profile_json. tests/fuzz/regressions/fuzz_profile_json/ holds the fuzzer's input.
    auto e = error_of("{\n  \"schema\": \"shareguard-profile/1\",\n  \"name\": 1e400\n}");
    CHECK(e.file() == "p.json");
    CHECK(e.line() == 3);
    CHECK(e.column() == 11);  // the '1' of 1e400
    CHECK(std::string(e.what()).find("p.json:3:11: JSON number out of range: number overflow parsing '1e400'") == 0);

    auto fuzzed = error_of("555e44444444444444444444444444444-");
    CHECK(fuzzed.line() == 1);
    CHECK(fuzzed.column() == 1);
}

TEST_CASE("content errors name the field path and the reason") {
    SUBCASE("a value the catalog does not allow") {
        auto e = error_of(with_settings(R"({"RestrictAnonymous": {"value": 3}})"));
        CHECK(e.detail() == "settings.RestrictAnonymous.value: 3 is not allowed (allowed: 0, 1, 2)");
        CHECK(e.file() == "p.json");
        CHECK(e.line() == 0);
    }
    SUBCASE("an unknown setting") {
        auto e = error_of(with_settings(R"({"Foo": {"value": 1}})"));
        CHECK(e.detail() == "settings.Foo: unknown setting");
    }
    SUBCASE("the wrong JSON type for the registry type") {
        CHECK(error_of(with_settings(R"({"RestrictAnonymous": {"value": "1"}})")).detail() ==
              "settings.RestrictAnonymous.value: expected an integer (REG_DWORD), got a string");
        CHECK(error_of(with_settings(R"({"NullSessionPipes": {"value": "netlogon"}})")).detail() ==
              "settings.NullSessionPipes.value: expected an array of strings (REG_MULTI_SZ), got a string");
        CHECK(error_of(with_settings(R"({"NullSessionPipes": {"value": ["a", 2]}})")).detail() ==
              "settings.NullSessionPipes.value[1]: expected a string, got an integer");
        CHECK(error_of(with_settings(R"({"RestrictAnonymous": {"value": 1.5}})")).detail() ==
              "settings.RestrictAnonymous.value: expected an integer (REG_DWORD), got a number with a fraction");
    }
    SUBCASE("numbers outside a DWORD") {
        CHECK(error_of(with_settings(R"({"RestrictAnonymous": {"value": -1}})")).detail() ==
              "settings.RestrictAnonymous.value: -1 is negative; registry numbers are unsigned");
        CHECK(error_of(with_settings(R"({"RestrictAnonymous": {"value": 4294967296}})")).detail() ==
              "settings.RestrictAnonymous.value: 4294967296 does not fit in a REG_DWORD (0 to 4294967295)");
    }
    SUBCASE("value and delete") {
        CHECK(error_of(with_settings(R"({"NullSessionShares": {"value": [], "delete": true}})")).detail() ==
              "settings.NullSessionShares: \"value\" and \"delete\" exclude each other");
        CHECK(error_of(with_settings(R"({"NullSessionShares": {"reason": "x"}})")).detail() ==
              "settings.NullSessionShares: needs \"value\" or \"delete\": true");
        CHECK(error_of(with_settings(R"({"NullSessionShares": {"delete": false}})")).detail() ==
              "settings.NullSessionShares.delete: must be true when present (give \"value\" to set a value)");
    }
    SUBCASE("unknown fields are typos, not extensions") {
        CHECK(error_of(with_settings(R"({"RestrictAnonymous": {"valeu": 1}})")).detail() ==
              "settings.RestrictAnonymous.valeu: unknown field (expected \"value\", \"delete\" or \"reason\")");
        auto e = error_of(R"({"schema":"shareguard-profile/1","name":"t","strategy":"restrict","setings":{}})");
        CHECK(e.detail() == "setings: unknown field (expected schema, name, description, strategy, settings)");
    }
    SUBCASE("required fields") {
        CHECK(error_of(R"({"schema":"shareguard-profile/1","strategy":"restrict","settings":{}})").detail() ==
              "name: required field is missing");
        CHECK(error_of(R"({"schema":"shareguard-profile/1","name":"","strategy":"block","settings":{}})").detail() ==
              "name: must not be empty");
        CHECK(error_of(R"({"schema":"shareguard-profile/1","name":7,"strategy":"block","settings":{}})").detail() ==
              "name: expected a string, got an integer");
        CHECK(error_of(R"({"name":"t","strategy":"block","settings":{}})").detail() ==
              "schema: required field is missing");
        CHECK(error_of(R"({"schema":"shareguard-profile/1","name":"t","settings":{}})").detail() ==
              "strategy: required field is missing");
        CHECK(error_of(R"({"schema":"shareguard-profile/1","name":"t","strategy":"block"})").detail() ==
              "settings: required field is missing");
        CHECK(error_of(with_settings("{}")).detail() == "settings: a profile must set at least one setting");
    }
    SUBCASE("versions and values of the top level") {
        CHECK(error_of(R"({"schema":"shareguard-profile/2","name":"t","strategy":"block","settings":{}})").detail() ==
              "schema: \"shareguard-profile/2\" is not supported (expected \"shareguard-profile/1\")");
        CHECK(error_of(R"({"schema":"shareguard-profile/1","name":"t","strategy":"harden","settings":{}})")
                  .detail() == "strategy: \"harden\" is not a strategy (allowed: block, restrict)");
        CHECK(error_of("[1, 2]").detail() == "a profile is a JSON object, got an array");
    }
    SUBCASE("the same setting twice, in different case") {
        CHECK(error_of(with_settings(R"({"RestrictAnonymous": {"value": 1}, "restrictanonymous": {"value": 0}})"))
                  .detail() == "settings.restrictanonymous: \"RestrictAnonymous\" is already set (names ignore case)");
    }
}

TEST_CASE("RestrictAnonymous=2 is accepted because the catalog lists it") {
    const setting* s = find_setting("RestrictAnonymous");
    REQUIRE(s != nullptr);
    bool listed = std::any_of(s->allowed.begin(), s->allowed.end(), [](const allowed_value& a) { return a.value == "2"; });
    REQUIRE(listed);
    auto p = parse_profile_json(with_settings(R"({"RestrictAnonymous": {"value": 2}})"), "p.json");
    CHECK(p.targets.at(0).value == reg_value::dword(2));
}

TEST_CASE("check_target_value uses the catalog's type and allowed values") {
    CHECK(check_target_value("RestrictAnonymous", reg_value::dword(1)) == "");
    CHECK(check_target_value("restrictanonymous", reg_value::dword(1)) == "");
    CHECK(check_target_value("RestrictAnonymous", reg_value::dword(7)) == "out_of_range");
    CHECK(check_target_value("RestrictAnonymous", reg_value::string("1")) == "wrong_type");
    CHECK(check_target_value("NullSessionPipes", reg_value::multi_string({"netlogon"})) == "");
    CHECK(check_target_value("NullSessionPipes", reg_value::dword(0)) == "wrong_type");
    CHECK(check_target_value("NoSuchSetting", reg_value::dword(0)) == "unknown_setting");
    CHECK(check_target_value("NullSessionShares", std::nullopt) == "");
}

TEST_CASE("resources/profile.schema.json names exactly the catalog's settings") {
    auto schema = nlohmann::json::parse(read_file(resources_dir() / "profile.schema.json"));
    CHECK(schema["properties"]["schema"]["const"] == "shareguard-profile/1");
    std::vector<std::string> names = schema["properties"]["settings"]["propertyNames"]["enum"];
    std::vector<std::string> ids;
    for (const auto& s : catalog()) ids.push_back(s.id);
    CHECK(names == ids);
    // The schema's own example is a valid profile.
    auto example = parse_profile_json(schema["examples"][0].dump(), "example");
    CHECK(example.targets.size() == 3);
}

TEST_CASE("read_profile_file names the file; a missing file is a file_error") {
    temp_folder folder;
    write_file_durably(folder / "bad.json", "{\"schema\": }");
    try {
        read_profile_file(folder / "bad.json");
        FAIL("expected an input_error");
    } catch (const input_error& e) {
        CHECK(e.file() == (folder / "bad.json").string());
        CHECK(e.line() == 1);
    }
    CHECK_THROWS_AS(read_profile_file(folder / "missing.json"), file_error);
}

}  // TEST_SUITE

}  // namespace sg::test
