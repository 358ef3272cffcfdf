// The language both front ends speak (app/i18n): --lang and the user's own
// language pick a catalog, the console's help and a plan are golden in every
// language, and what ShareGuard writes to files and JSON stays the same
// whatever the language.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/cli.h"
#include "app/cli/console_stream.h"
#include "app/i18n/language.h"
#include "app/text/translate.h"
#include "support/golden_file.h"
#include "support/temp_folder.h"
#include "support/test_paths.h"
#include "wizard/platform.h"
#include "wizard/snapshot_registry.h"

namespace sg::test {
namespace {

namespace fs = std::filesystem;

/// English again after each case, whatever it installed.
struct english_after {
    ~english_after() { i18n::install_english(); }
};

i18n::language_outcome install(const std::string& code) {
    return i18n::try_install_translations(code, i18n::catalog_folders_of_this_program());
}

std::string with_linux_program_name(std::string text) {
    const std::string windows_name = "ShareGuardCli ";
    for (auto at = text.find(windows_name); at != std::string::npos; at = text.find(windows_name, at))
        text.replace(at, windows_name.size(), "shareguard-cli ");
    return text;
}

struct console_run {
    int code = -1;
    std::string out;
    std::string err;
};

/// shareguard-cli in-process with the real language installer (catalogs beside the test program).
console_run run(std::vector<std::string> args) {
    args.insert(args.begin(), "shareguard-cli");
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    cli::cli_environment env;
    env.open_registry = [](const std::optional<fs::path>& snapshot) -> std::unique_ptr<registry> {
        if (!snapshot) throw cli::usage_error("no live registry in tests");
        // Labelled by name: the golden text does not depend on the checkout path.
        return std::make_unique<snapshot_registry>(read_reg_file(*snapshot), snapshot->filename().string());
    };
    env.probe_live_facts = [] { return live_facts{}; };
    env.is_elevated = [] { return true; };
    env.now_utc = [] { return std::string("2026-12-03T12:00:00Z"); };
    env.install_language = [](const std::string& requested) { return install(requested); };
    std::ostringstream out;
    std::ostringstream err;
    console_run r;
    r.code = cli::run_cli(static_cast<int>(argv.size()), argv.data(), out, err, env);
    // The golden files hold the Linux name; Windows calls the program ShareGuardCli (messages.cpp).
    r.out = with_linux_program_name(out.str());
    r.err = err.str();
    i18n::install_english();
    return r;
}

const std::vector<std::string> translated_languages = {"de", "zh_CN"};

/// CLI11 lists an option's "Excludes:" in pointer order (a std::set of Option*), which changes from run to
/// run; the golden file holds them sorted.
std::string with_sorted_excludes(const std::string& help) {
    std::istringstream in(help);
    std::string out;
    for (std::string line; std::getline(in, line);) {
        const auto at = line.find(" Excludes: ");
        if (at != std::string::npos) {
            std::istringstream names(line.substr(at + 11));
            std::vector<std::string> sorted{std::istream_iterator<std::string>(names), {}};
            std::sort(sorted.begin(), sorted.end());
            line = line.substr(0, at + 10);
            for (const auto& n : sorted) line += " " + n;
        }
        out += line + "\n";
    }
    return out;
}

}  // namespace

TEST_SUITE("languages") {
    TEST_CASE("--lang is found before the command is parsed, in both spellings") {
        CHECK(i18n::requested_language({"x", "plan", "--lang", "de"}) == "de");
        CHECK(i18n::requested_language({"x", "--lang=zh_CN", "scan"}) == "zh_CN");
        CHECK(i18n::requested_language({"x", "scan"}).empty());
        CHECK(i18n::requested_language({"x", "--lang"}).empty());
        CHECK(i18n::requested_language({"x", "--", "--lang", "de"}).empty());
    }

    TEST_CASE("codes are spelt as the catalog folders are") {
        CHECK(i18n::normalised_code("de-DE") == "de_DE");
        CHECK(i18n::normalised_code("ZH-cn") == "zh_CN");
        CHECK(i18n::normalised_code("de") == "de");
    }

    TEST_CASE("every shipped language is available, and a regional code takes its language") {
        english_after reset;
        const auto de = install("de-DE");
        REQUIRE(de.code);
        CHECK(*de.code == "de");
        CHECK(de.available == std::vector<std::string>{"de", "en", "zh_CN"});
        CHECK(text::tr("Run with --help for usage.") != "Run with --help for usage.");
        const auto zh = install("zh");
        REQUIRE(zh.code);
        CHECK(*zh.code == "zh_CN");
        CHECK(install("en").code == std::optional<std::string>("en"));
        CHECK(text::tr("Run with --help for usage.") == "Run with --help for usage.");
    }

    TEST_CASE("a language without a catalog is refused, English stays") {
        english_after reset;
        const auto fr = install("fr");
        CHECK_FALSE(fr.code);
        CHECK(text::tr("Run with --help for usage.") == "Run with --help for usage.");
        const auto r = run({"--lang", "fr", "profiles", "list"});
        CHECK(r.code == 2);
        CHECK(r.err.find("--lang fr") != std::string::npos);
        CHECK(r.err.find("de, en, zh_CN") != std::string::npos);
        CHECK(r.out.empty());
    }

    TEST_CASE("plural forms follow each language's rule") {
        english_after reset;
        const char* one = "Not compliant: {} setting differs from the profile. Nothing was changed.";
        const char* many = "Not compliant: {} settings differ from the profile. Nothing was changed.";
        CHECK(text::tr_n(one, many, 1) == one);
        CHECK(text::tr_n(one, many, 2) == many);
        REQUIRE(install("de").code);
        CHECK(text::tr_n(one, many, 1) != text::tr_n(one, many, 2));  // German: two forms
        CHECK(text::tr_n(one, many, 1) != one);
        REQUIRE(install("zh_CN").code);
        CHECK(text::tr_n(one, many, 1) == text::tr_n(one, many, 7));  // Chinese: one form
    }

#ifndef _WIN32
    // Windows takes the UI language (GetUserPreferredUILanguages): tests/wine runs that one.
    TEST_CASE("without --lang the POSIX locale variables choose") {
        english_after reset;
        const char* old = std::getenv("LANGUAGE");
        const std::string saved = old ? old : "";
        setenv("LANGUAGE", "de_DE", 1);
        const auto chosen = install("");
        if (old) setenv("LANGUAGE", saved.c_str(), 1);
        else unsetenv("LANGUAGE");
        REQUIRE(chosen.code);
        CHECK(*chosen.code == "de");
    }
#endif

    TEST_CASE("the console's help in each language (golden)") {
        check_golden("console/help.en.txt", run({"--help"}).out);
        for (const auto& lang : translated_languages) {
            CAPTURE(lang);
            const auto r = run({"--lang", lang, "--help"});
            CHECK(r.code == 0);
            check_golden("console/help." + lang + ".txt", r.out);
            check_golden("console/help-plan." + lang + ".txt",
                         with_sorted_excludes(run({"plan", "--help", "--lang", lang}).out));
        }
    }

    TEST_CASE("a plan in each language (golden), and --lang after the command") {
        const auto snapshot = (snapshots_dir() / "sql-server.reg").string();
        check_golden("console/plan-sql-server.en.txt", run({"plan", "--snapshot", snapshot, "--recommended"}).out);
        for (const auto& lang : translated_languages) {
            CAPTURE(lang);
            const auto r = run({"plan", "--snapshot", snapshot, "--recommended", "--lang", lang});
            CHECK(r.code == 0);
            check_golden("console/plan-sql-server." + lang + ".txt", r.out);
        }
    }

    TEST_CASE("console output never splits a character between two writes") {
        CHECK(cli::complete_utf8_prefix("abc") == 3);
        const std::string zh = "\xE4\xB8\xAD\xE6\x96\x87";  // two characters, three bytes each
        CHECK(cli::complete_utf8_prefix(zh) == 6);
        CHECK(cli::complete_utf8_prefix(zh.substr(0, 4)) == 3);
        CHECK(cli::complete_utf8_prefix(zh.substr(0, 5)) == 3);
        CHECK(cli::complete_utf8_prefix("a\xC3") == 1);
        CHECK(cli::complete_utf8_prefix("\xF0\x9F\x98") == 0);
        CHECK(cli::complete_utf8_prefix("\xF0\x9F\x98\x80") == 4);
        CHECK(cli::complete_utf8_prefix("") == 0);
    }

    TEST_CASE("JSON and exported files carry no translated text") {
        const auto snapshot = (snapshots_dir() / "sql-server.reg").string();
        temp_folder folder;
        const auto english = run({"plan", "--snapshot", snapshot, "--recommended", "--json"});
        REQUIRE(english.code == 0);
        run({"plan", "--snapshot", snapshot, "--recommended", "--export-reg", (folder / "en.reg").string()});
        for (const auto& lang : translated_languages) {
            CAPTURE(lang);
            const auto r = run({"--lang", lang, "plan", "--snapshot", snapshot, "--recommended", "--json"});
            CHECK(r.out == english.out);
            const auto file = folder / (lang + ".reg");
            run({"--lang", lang, "plan", "--snapshot", snapshot, "--recommended", "--export-reg", file.string()});
            CHECK(read_file(file) == read_file(folder / "en.reg"));
        }
    }
}

}  // namespace sg::test
