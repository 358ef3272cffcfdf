#include <doctest/doctest.h>

#include "wizard/reg_value.h"

namespace sg::test {

TEST_SUITE("reg_value") {

TEST_CASE("type names: Windows names and a hex fallback for unnamed types") {
    CHECK(reg_type_name(reg_type::dword) == "REG_DWORD");
    CHECK(reg_type_name(reg_type::multi_sz) == "REG_MULTI_SZ");
    CHECK(reg_type_name(reg_type::none) == "REG_NONE");
    CHECK(reg_type_name(reg_type::qword) == "REG_QWORD");
    CHECK(reg_type_name(static_cast<reg_type>(0x1f)) == "REG_0x1f");
}

TEST_CASE("dword and qword are little-endian and typed") {
    auto d = reg_value::dword(0x01020304);
    CHECK(d.type == reg_type::dword);
    CHECK(d.data == std::vector<std::uint8_t>{4, 3, 2, 1});
    CHECK(d.try_as_dword() == 0x01020304u);
    CHECK_FALSE(d.try_as_qword());
    auto q = reg_value::qword(0x1122334455667788ull);
    CHECK(q.data.front() == 0x88);
    CHECK(q.try_as_qword() == 0x1122334455667788ull);
    CHECK_FALSE(q.try_as_dword());
    reg_value short_dword{reg_type::dword, {1, 2}};
    CHECK_FALSE(short_dword.try_as_dword());
}

TEST_CASE("strings are UTF-16LE with a terminating NUL") {
    auto s = reg_value::string("Aé");
    CHECK(s.type == reg_type::sz);
    CHECK(s.data == std::vector<std::uint8_t>{'A', 0, 0xE9, 0, 0, 0});
    CHECK(s.try_as_string() == "Aé");
    auto e = reg_value::string("%SystemRoot%", reg_type::expand_sz);
    CHECK(e.type == reg_type::expand_sz);
    CHECK(e.try_as_string() == "%SystemRoot%");
    CHECK_FALSE(reg_value::dword(1).try_as_string());
    reg_value several_nuls{reg_type::sz, {'x', 0, 0, 0, 0, 0}};
    CHECK(several_nuls.try_as_string() == "x");
    reg_value no_nul{reg_type::sz, {'x', 0, 'y'}};  // odd trailing byte ignored
    CHECK(no_nul.try_as_string() == "x");
}

TEST_CASE("multi strings: terminators, the empty list, trailing empties dropped") {
    auto m = reg_value::multi_string({"a", "bc"});
    CHECK(m.data == std::vector<std::uint8_t>{'a', 0, 0, 0, 'b', 0, 'c', 0, 0, 0, 0, 0});
    CHECK(m.try_as_multi_string() == std::vector<std::string>{"a", "bc"});
    auto empty = reg_value::multi_string({});
    CHECK(empty.data == std::vector<std::uint8_t>{0, 0});
    CHECK(empty.try_as_multi_string()->empty());
    reg_value unterminated{reg_type::multi_sz, {'a', 0, 0, 0, 'b', 0}};
    CHECK(unterminated.try_as_multi_string() == std::vector<std::string>{"a", "b"});
    reg_value inner_empty{reg_type::multi_sz, {'a', 0, 0, 0, 0, 0, 'b', 0, 0, 0, 0, 0}};
    CHECK(inner_empty.try_as_multi_string() == std::vector<std::string>{"a", "", "b"});
    CHECK_FALSE(reg_value::string("a").try_as_multi_string());
}

TEST_CASE("display_data is short and typed") {
    CHECK(display_data(reg_value::dword(1)) == "1");
    CHECK(display_data(reg_value::qword(5000000000ull)) == "5000000000");
    CHECK(display_data(reg_value::string("text")) == "\"text\"");
    CHECK(display_data(reg_value::multi_string({"a", "b"})) == "{a, b}");
    CHECK(display_data(reg_value{reg_type::binary, {1, 2}}) == "hex: 01 02");
    CHECK(display_data(reg_value{reg_type::dword, {1, 2}}) == "hex: 01 02");
    reg_value big{reg_type::binary, std::vector<std::uint8_t>(100, 0xab)};
    auto shown = display_data(big);
    CHECK(shown.size() < 150);
    CHECK(shown.find("100 bytes") != std::string::npos);
}

TEST_CASE("UTF-8 <-> UTF-16 including surrogate pairs") {
    const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";  // a é € 😀
    auto u16 = utf8_to_utf16(text);
    REQUIRE(u16.size() == 5);
    CHECK(u16[3] == 0xD83D);
    CHECK(u16[4] == 0xDE00);
    CHECK(utf16_to_utf8(u16) == text);
    auto bytes = utf8_to_utf16le_bytes(text);
    CHECK(bytes.size() == 10);
    CHECK(utf16le_bytes_to_utf8(bytes.data(), bytes.size()) == text);
    CHECK(utf16le_bytes_to_utf8(bytes.data(), bytes.size() + 0) == text);
}

TEST_CASE("invalid input becomes U+FFFD instead of crashing") {
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(utf16_to_utf8(u"\xD800x") == fffd + "x");      // lone high surrogate
    CHECK(utf16_to_utf8(u"x\xDC00") == "x" + fffd);      // lone low surrogate
    CHECK(utf16_to_utf8(u"\xD800") == fffd);             // high surrogate at the end
    CHECK(utf16_to_utf8(utf8_to_utf16("\xFF")) == fffd);  // not UTF-8 at all
    CHECK(utf8_to_utf16("\xC3") == u"\xFFFD");           // truncated sequence
    CHECK(utf8_to_utf16("\xC0\xAF") == u"\xFFFD\xFFFD"); // overlong '/'
    CHECK(utf8_to_utf16("\xED\xA0\x80") == u"\xFFFD\xFFFD\xFFFD");  // encoded surrogate
    CHECK(utf8_to_utf16("\xE2\x82") == u"\xFFFD\xFFFD");
    const std::uint8_t odd[] = {'a', 0, 'b'};
    CHECK(utf16le_bytes_to_utf8(odd, 3) == "a");
}

}  // TEST_SUITE

}  // namespace sg::test
