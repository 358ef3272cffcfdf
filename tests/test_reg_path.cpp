#include <doctest/doctest.h>

#include "wizard/reg_path.h"

namespace sg::test {

TEST_SUITE("reg_path") {

TEST_CASE("fold_case: ASCII, Latin-1, Greek and Cyrillic letters") {
    CHECK(fold_case("LanmanServer") == fold_case("LANMANSERVER"));
    CHECK(names_equal("AutoShareWks", "autosharewks"));
    CHECK(names_equal("Ünïcödé", "üNÏCÖDÉ"));
    CHECK(names_equal("ÿ", "\xC5\xB8"));  // ÿ and Ÿ (U+0178)
    CHECK(names_equal("Σίσυφος", "ΣΊΣΥΦΟΣ"));
    CHECK(names_equal("ς", "Σ"));  // final sigma folds like sigma
    CHECK(names_equal("Привет", "ПРИВЕТ"));
    CHECK(names_equal("ёлка", "ЁЛКА"));
    CHECK(names_equal("ѣ", "Ѣ"));
    CHECK_FALSE(names_equal("a", "b"));
    CHECK_FALSE(names_equal("ß", "SS"));  // no one-to-many folding, as on Windows
    CHECK_FALSE(names_equal("÷", "×"));   // not letters
    CHECK_FALSE(names_equal("Key", "Key "));
    CHECK(fold_case("\xF0\x9F\x98\x80x") == "\xF0\x9F\x98\x80X");  // other characters compare exactly
    CHECK(fold_case("\xFF\xC3") == "\xFF\xC3");                  // stray bytes kept
}

TEST_CASE("fold_case keeps the byte length of every character") {
    // The snapshot index relies on it: a folded path has its backslashes where the path has them.
    for (char32_t c = 1; c < 0x10000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        std::string s;
        if (c < 0x80) {
            s += static_cast<char>(c);
        } else if (c < 0x800) {
            s += static_cast<char>(0xC0 | (c >> 6));
            s += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            s += static_cast<char>(0xE0 | (c >> 12));
            s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            s += static_cast<char>(0x80 | (c & 0x3F));
        }
        const auto folded = fold_case(s);
        if (folded.size() != s.size()) FAIL("length changed for U+" << static_cast<unsigned>(c));
        CHECK(fold_case(folded) == folded);  // folding twice changes nothing
    }
}

TEST_CASE("normalize_key_path expands root abbreviations and tidies backslashes") {
    CHECK(normalize_key_path("HKLM\\SYSTEM\\CurrentControlSet") ==
          "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet");
    CHECK(normalize_key_path("hklm\\Software") == "HKEY_LOCAL_MACHINE\\Software");
    CHECK(normalize_key_path("hkey_local_machine\\x") == "HKEY_LOCAL_MACHINE\\x");
    CHECK(normalize_key_path("HKCU\\a") == "HKEY_CURRENT_USER\\a");
    CHECK(normalize_key_path("HKCR") == "HKEY_CLASSES_ROOT");
    CHECK(normalize_key_path("HKU\\.DEFAULT") == "HKEY_USERS\\.DEFAULT");
    CHECK(normalize_key_path("HKCC\\System") == "HKEY_CURRENT_CONFIG\\System");
    CHECK(normalize_key_path("HKLM\\\\a\\\\b\\") == "HKEY_LOCAL_MACHINE\\a\\b");
    CHECK(normalize_key_path("HKLMX\\a") == "HKLMX\\a");
    CHECK(normalize_key_path("") == "");
}

TEST_CASE("split and join are inverses on normalized paths") {
    auto parts = split_key_path("HKEY_LOCAL_MACHINE\\SYSTEM\\Select");
    CHECK(parts == std::vector<std::string>{"HKEY_LOCAL_MACHINE", "SYSTEM", "Select"});
    CHECK(join_key_path(parts) == "HKEY_LOCAL_MACHINE\\SYSTEM\\Select");
    CHECK(split_key_path("a\\\\b\\").size() == 2);
    CHECK(split_key_path("").empty());
    CHECK(join_key_path({}) == "");
}

TEST_CASE("key_identity ignores case and root spelling, keeps other characters") {
    CHECK(key_identity("HKLM\\System\\Select") == key_identity("hkey_local_machine\\SYSTEM\\select\\"));
    CHECK(key_identity("HKLM\\a b") != key_identity("HKLM\\ab"));
    CHECK(key_identity("HKLM\\Ключ") == key_identity("HKLM\\КЛЮЧ"));
}

}  // TEST_SUITE

}  // namespace sg::test
