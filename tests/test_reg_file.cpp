#include <doctest/doctest.h>

#include <array>
#include <cctype>
#include <fstream>
#include <random>
#include <string>

#include "support/temp_folder.h"
#include "support/test_paths.h"
#include "wizard/errors.h"
#include "wizard/reg_file.h"
#include "wizard/reg_text.h"
#include "support/reg_text_fixtures.h"

namespace sg::test {

namespace {

std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

const reg_file_value* find(const reg_file_key& key, std::string_view name) {
    for (const auto& v : key.values)
        if (v.name == name) return &v;
    return nullptr;
}

// Every value form regedit writes, in its exact layout.
constexpr std::string_view canonical_v5 = R"(Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters]
"AutoShareServer"=dword:00000000
"Big"=dword:ffffffff
"Path with \"quotes\" and \\"="C:\\Windows\\System32"
@="default"
"Lines"="one\r\ntwo"
"Multi"=hex(7):61,00,00,00,62,00,00,00,00,00
"Expand"=hex(2):25,00,53,00,79,00,73,00,74,00,65,00,6d,00,52,00,6f,00,6f,00,74,\
  00,25,00,00,00
"Empty"=hex:
"None"=hex(0):
"Q"=hex(b):01,00,00,00,00,00,00,00
"Odd"=hex(7):61,00,62
"Custom"=hex(1f):ff
"Gone"=-

[-HKEY_LOCAL_MACHINE\SOFTWARE\Old]

[HKEY_CURRENT_USER\Software\a]b c]
"Имя ключа"="значение €"

)";

}  // namespace

TEST_SUITE("reg_file") {

TEST_CASE("a regedit v5 file: every value form is read") {
    const auto doc = parse_reg(unicode_file(canonical_v5), "t.reg");
    CHECK(doc.format == reg_format::v5);
    CHECK(doc.encoding == text_encoding::utf16le_bom);
    CHECK(doc.crlf);
    CHECK(doc.ends_with_eol);
    REQUIRE(doc.keys.size() == 3);
    const auto& k = doc.keys[0];
    CHECK(k.path == "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters");
    CHECK(k.comments_before == std::vector<std::string>{""});
    CHECK_FALSE(k.deleted);
    CHECK(find(k, "AutoShareServer")->value == reg_value::dword(0));
    CHECK(find(k, "Big")->value == reg_value::dword(0xffffffff));
    CHECK(find(k, "Path with \"quotes\" and \\")->value == reg_value::string("C:\\Windows\\System32"));
    CHECK(find(k, "")->value == reg_value::string("default"));
    CHECK(find(k, "Lines")->value == reg_value::string("one\r\ntwo"));
    CHECK(find(k, "Multi")->value == reg_value::multi_string({"a", "b"}));
    CHECK(find(k, "Expand")->value == reg_value::string("%SystemRoot%", reg_type::expand_sz));
    CHECK(find(k, "Empty")->value == reg_value{reg_type::binary, {}});
    CHECK(find(k, "None")->value == reg_value{reg_type::none, {}});
    CHECK(find(k, "Q")->value == reg_value::qword(1));
    CHECK(find(k, "Odd")->value == reg_value{reg_type::multi_sz, {0x61, 0, 0x62}});
    CHECK(find(k, "Custom")->value == reg_value{static_cast<reg_type>(0x1f), {0xff}});
    REQUIRE(find(k, "Gone"));
    CHECK_FALSE(find(k, "Gone")->value.has_value());
    CHECK(doc.keys[1].deleted);
    CHECK(doc.keys[1].path == "HKEY_LOCAL_MACHINE\\SOFTWARE\\Old");
    CHECK(doc.keys[1].values.empty());
    CHECK(doc.keys[2].path == "HKEY_CURRENT_USER\\Software\\a]b c");
    CHECK(doc.keys[2].values.at(0).name == "Имя ключа");
    CHECK(doc.keys[2].values.at(0).value == reg_value::string("значение €"));
    CHECK(doc.trailing_comments == std::vector<std::string>{""});
    for (const auto& key : doc.keys) {
        CHECK_FALSE(key.verbatim);
        for (const auto& v : key.values) CHECK_MESSAGE(!v.verbatim, v.name);
    }
}

TEST_CASE("regedit's layout round-trips byte for byte: UTF-16/CRLF, UTF-8, LF, no final line end") {
    const std::string unicode = unicode_file(canonical_v5);
    CHECK(render_reg(parse_reg(unicode, "t.reg")) == unicode);

    const std::string lf_utf8(canonical_v5);
    const auto doc = parse_reg(lf_utf8, "t.reg");
    CHECK(doc.encoding == text_encoding::utf8);
    CHECK_FALSE(doc.crlf);
    CHECK(render_reg(doc) == lf_utf8);

    const std::string bom = "\xEF\xBB\xBF" + crlf(canonical_v5);
    CHECK(parse_reg(bom, "t.reg").encoding == text_encoding::utf8_bom);
    CHECK(render_reg(parse_reg(bom, "t.reg")) == bom);

    const std::string no_final_eol = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_USERS\\x]\r\n\"a\"=\"b\"";
    const auto d2 = parse_reg(no_final_eol, "t.reg");
    CHECK_FALSE(d2.ends_with_eol);
    CHECK(render_reg(d2) == no_final_eol);
    CHECK(render_reg(parse_reg("REGEDIT4", "t.reg")) == "REGEDIT4");
    CHECK(render_reg(parse_reg("REGEDIT4\n", "t.reg")) == "REGEDIT4\n");

    // The same content in any encoding is the same document.
    auto a = parse_reg(unicode, "a.reg");
    auto b = parse_reg(lf_utf8, "b.reg");
    b.encoding = a.encoding;
    b.crlf = a.crlf;
    CHECK(a == b);
}

TEST_CASE("REGEDIT4: ANSI text, and hex(2)/hex(7) data held as ANSI bytes") {
    // "café" in Windows-1252 (é = E9), an expand string and a multi string as ANSI bytes.
    const std::string ansi = crlf(
        "REGEDIT4\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Caf\xE9]\n\"Name\"=\"caf\xE9 \x80\"\n"
        "\"Expand\"=hex(2):25,77,69,6e,64,69,72,25,00\n\"Multi\"=hex(7):61,00,e9,00,00\n"
        "\"Bin\"=hex:e9\n\n");
    const auto doc = parse_reg(ansi, "old.reg");
    CHECK(doc.format == reg_format::regedit4);
    CHECK(doc.encoding == text_encoding::ansi);
    REQUIRE(doc.keys.size() == 1);
    CHECK(doc.keys[0].path == "HKEY_LOCAL_MACHINE\\SOFTWARE\\Café");
    CHECK(find(doc.keys[0], "Name")->value == reg_value::string("café €"));
    CHECK(find(doc.keys[0], "Expand")->value == reg_value::string("%windir%", reg_type::expand_sz));
    CHECK(find(doc.keys[0], "Multi")->value == reg_value::multi_string({"a", "é"}));
    CHECK(find(doc.keys[0], "Bin")->value == reg_value{reg_type::binary, {0xe9}});  // not text: raw bytes
    CHECK(render_reg(doc) == ansi);

    // Writing a changed value converts back to ANSI bytes.
    auto edited = doc;
    edited.keys[0].values[1].value = reg_value::string("%é%", reg_type::expand_sz);
    const std::string out = render_reg(edited);
    CHECK(out.find("\"Expand\"=hex(2):25,e9,25,00\r\n") != std::string::npos);
    CHECK(parse_reg(out, "x.reg") == edited);
}

TEST_CASE("hex data wraps at 80 columns exactly as regedit does") {
    reg_document doc;
    doc.keys.push_back({"HKEY_LOCAL_MACHINE\\SOFTWARE\\x", false, {}, {}});
    std::vector<std::uint8_t> bytes(60);
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<std::uint8_t>(i);
    doc.keys[0].values.push_back({"Data", reg_value{reg_type::binary, bytes}, {}});
    const std::string text = render_reg(doc);
    const auto body = utf16le_to_utf8_text(std::string_view(text).substr(2));
    // `"Data"=hex:` is 11 columns: 22 bytes fill the first line to 77 columns, 25 each after.
    CHECK(body ==
          "Windows Registry Editor Version 5.00\r\n"
          "[HKEY_LOCAL_MACHINE\\SOFTWARE\\x]\r\n"
          "\"Data\"=hex:00,01,02,03,04,05,06,07,08,09,0a,0b,0c,0d,0e,0f,10,11,12,13,14,15,\\\r\n"
          "  16,17,18,19,1a,1b,1c,1d,1e,1f,20,21,22,23,24,25,26,27,28,29,2a,2b,2c,2d,2e,\\\r\n"
          "  2f,30,31,32,33,34,35,36,37,38,39,3a,3b\r\n");
    CHECK(parse_reg(text, "t.reg") == doc);

    // A name longer than a line still gets one byte before the first break.
    const std::string long_name(90, 'n');
    doc.keys[0].values[0] = {long_name, reg_value{reg_type::binary, {1, 2}}, {}};
    const auto body2 = utf16le_to_utf8_text(std::string_view(render_reg(doc)).substr(2));
    CHECK(body2.find("\"" + long_name + "\"=hex:01,\\\r\n  02\r\n") != std::string::npos);
}

TEST_CASE("strings: escapes in, canonical escapes out, very long strings") {
    const std::string in = "Windows Registry Editor Version 5.00\n[HKEY_USERS\\x]\n\"a\\0b\"=\"x\\0y\"\n\"long\"=\"" + std::string(100000, 'z') + "\"\n";
    const auto doc = parse_reg(in, "t.reg");
    CHECK(doc.keys[0].values[0].name == std::string("a\0b", 3));
    // A REG_SZ with a NUL inside cannot be written as "text": it is written as hex(1).
    CHECK(doc.keys[0].values[0].value == reg_value{reg_type::sz, {'x', 0, 0, 0, 'y', 0, 0, 0}});
    CHECK(render_reg(doc) == in);  // unchanged entries keep their text
    auto edited = doc;
    edited.keys[0].values[0].value->data.push_back(0);  // now differs: written anew
    const std::string out = render_reg(edited);
    CHECK(out.find("\"a\\0b\"=hex(1):78,00,00,00,79,00,00,00,00\n") != std::string::npos);
    CHECK(parse_reg(out, "t.reg") == edited);
    CHECK(find(doc.keys[0], "long")->value->try_as_string()->size() == 100000);
}

TEST_CASE("odd layouts: read the same, written back unchanged, edited entries written anew") {
    const std::string odd = crlf(
        "Windows Registry Editor Version 5.00\n"
        "; exported by hand\n"
        "  [HKEY_LOCAL_MACHINE\\SOFTWARE\\Odd]  \n"
        "  \"a\" = dword:0000000A ; ten\n"
        "\"b\"=hex:01, 02,\\\n"
        "; a comment inside continued data\n"
        "      03,04 \n"
        "\"c\"=HEX(2):41,00\n"
        "@ =   \"d\"\n"
        "\"e\"=hex(4):01,00,00,00\n"
        "\n; the end\n");
    // Upper-case type tags are not regedit's: rejected like regedit rejects them.
    CHECK_THROWS_AS(parse_reg(odd, "odd.reg"), input_error);

    std::string fixed = odd;
    fixed.replace(fixed.find("HEX(2)"), 6, "hex(2)");
    const auto doc = parse_reg(fixed, "odd.reg");
    CHECK(render_reg(doc) == fixed);
    REQUIRE(doc.keys.size() == 1);
    const auto& k = doc.keys[0];
    CHECK(k.comments_before == std::vector<std::string>{"; exported by hand"});
    CHECK(find(k, "a")->value == reg_value::dword(10));
    CHECK(find(k, "b")->value == reg_value{reg_type::binary, {1, 2, 3, 4}});
    CHECK(find(k, "c")->value == reg_value{reg_type::expand_sz, {0x41, 0}});
    CHECK(find(k, "")->value == reg_value::string("d"));
    CHECK(find(k, "e")->value == reg_value::dword(1));
    CHECK(doc.trailing_comments == std::vector<std::string>{"", "; the end"});

    // Semantically the same as the canonical layout.
    const std::string canonical = crlf(
        "Windows Registry Editor Version 5.00\n"
        "; exported by hand\n"
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Odd]\n"
        "\"a\"=dword:0000000a\n"
        "\"b\"=hex:01,02,03,04\n"
        "\"c\"=hex(2):41,00\n"
        "@=\"d\"\n"
        "\"e\"=dword:00000001\n"
        "\n; the end\n");
    CHECK(parse_reg(canonical, "c.reg") == doc);
    auto stripped = doc;
    stripped.keys[0].verbatim.reset();
    for (auto& v : stripped.keys[0].values) v.verbatim.reset();
    CHECK(render_reg(stripped) == canonical);

    // Changing one value rewrites that entry only.
    auto edited = doc;
    edited.keys[0].values[0].value = reg_value::dword(11);
    std::string expected = fixed;
    const std::string old_line = "  \"a\" = dword:0000000A ; ten";
    expected.replace(expected.find(old_line), old_line.size(), "\"a\"=dword:0000000b");
    CHECK(render_reg(edited) == expected);
}

TEST_CASE("comments and blank lines stay where they were") {
    const std::string text =
        "REGEDIT4\n; top\n\n[HKEY_USERS\\a]\n; before a\n\"a\"=\"1\"\n\n  \t\n; before b\n[HKEY_USERS\\b]\n; last\n";
    const auto doc = parse_reg(text, "t.reg");
    CHECK(doc.keys[0].comments_before == std::vector<std::string>{"; top", ""});
    CHECK(doc.keys[0].values[0].comments_before == std::vector<std::string>{"; before a"});
    CHECK(doc.keys[1].comments_before == std::vector<std::string>{"", "  \t", "; before b"});
    CHECK(doc.trailing_comments == std::vector<std::string>{"; last"});
    CHECK(render_reg(doc) == text);
}

TEST_CASE("malformed input names file, line and column") {
    auto error_of = [](const std::string& text) -> std::string {
        try {
            parse_reg(text, "bad.reg");
        } catch (const input_error& e) {
            return e.what();
        }
        return "parsed";
    };
    CHECK(error_of("") == "bad.reg:1:1: missing header");
    CHECK(error_of("\xFF\xFE") == "bad.reg:1:1: missing header");
    CHECK(error_of("REGEDIT4\n\"a\"=\"b\"\n") == "bad.reg:2:1: value outside a key section");
    CHECK(error_of("REGEDIT4\n[HKEY_USERS\\x]\n\"a\" \"b\"\n") == "bad.reg:3:5: expected '=' after value name");
    CHECK(error_of("REGEDIT4\n[HKEY_USERS\\x]\n\"a\"=hex:01,zz\n") == "bad.reg:3:12: bad hex byte 'zz'");
    CHECK(error_of("REGEDIT4\n[HKEY_USERS\\x]\n\"a\"=dword:123\n") == "bad.reg:3:11: dword needs 8 hex digits");
    CHECK(error_of("REGEDIT4\n[HKEY_USERS\\x\n") == "bad.reg:2:14: missing ']'");
    // Columns count characters of the decoded text, not bytes.
    CHECK(error_of(unicode_file("Windows Registry Editor Version 5.00\n[HKEY_USERS\\x]\n\"ключ\"=dword:1\n")) ==
          "bad.reg:3:14: dword needs 8 hex digits");
    CHECK(error_of("Windows Registry Editor Version 5.00\n\xC3(\n") == "bad.reg:2:1: invalid UTF-8");
    try {
        parse_reg("REGEDIT4\r\n\r\n[HKEY_USERS\\x]\r\n\"a\"=hex:01,\\\r\n  xy\r\n", "f.reg");
        FAIL("parsed");
    } catch (const input_error& e) {
        CHECK(e.file() == "f.reg");
        CHECK(e.line() == 5);
        CHECK(e.column() == 3);
        CHECK(e.detail() == "expected hex data after '\\'");
    }
}

TEST_CASE("the malformed corpus: each file fails at the expected place") {
    const auto dir = tests_dir() / "malformed";
    std::ifstream expected(dir / "expected.txt");
    REQUIRE(expected);
    int checked = 0;
    for (std::string line; std::getline(expected, line);) {
        if (line.empty() || line[0] == '#') continue;
        const auto file = line.substr(0, line.find(':'));
        CAPTURE(line);
        std::string got = "parsed without error";
        try {
            parse_reg(read_bytes(dir / file), file);
        } catch (const input_error& e) {
            got = e.what();
        }
        CHECK(got == line);
        ++checked;
    }
    CHECK(checked >= 15);
}

TEST_CASE("a real export by Wine's regedit round-trips byte for byte") {
    const auto file = tests_dir() / "data" / "wine-regedit-export.reg";
    const std::string bytes = read_bytes(file);
    REQUIRE(bytes.size() > 1000);
    const auto doc = read_reg_file(file);
    CHECK(doc.encoding == text_encoding::utf16le_bom);
    CHECK(render_reg(doc) == bytes);
    // The sample (made by importing values into a throwaway Wine prefix and
    // exporting them with `wine regedit /E`) holds the awkward cases.
    REQUIRE(doc.keys.size() == 4);
    const auto& k = doc.keys[0];
    CHECK(find(k, "multiodd")->value == reg_value{reg_type::multi_sz, {0x61, 0, 0, 0, 0, 0, 0x62}});
    CHECK(find(k, "emptybin")->value == reg_value{reg_type::binary, {}});
    CHECK(find(k, "none")->value == reg_value{reg_type::none, {}});
    CHECK(find(k, "big type")->value->type == static_cast<reg_type>(0xffff0007));
    CHECK(find(k, "newline")->value == reg_value::string("line1\nline2\r\n"));
    CHECK(find(k, "quotes")->value == reg_value::string("a \"quoted\" \\ path"));
    CHECK(find(k, "long")->value->try_as_string()->size() == 6400);
    CHECK(find(k, "bin")->value->data.size() == 300);
    CHECK(find(k, "emoji \xF0\x9F\x98\x80")->value == reg_value::string("\xF0\x9F\x98\x80"));
    CHECK(find(k, std::string(150, 'n'))->value == reg_value{reg_type::binary, {1, 2, 3}});
    CHECK(doc.keys[1].path == "HKEY_CURRENT_USER\\Software\\ShareGuardTest\\key ] with ]bracket");
    CHECK(doc.keys[2].path == "HKEY_CURRENT_USER\\Software\\ShareGuardTest\\spaces  in  name ");
    CHECK(doc.keys[3].path == "HKEY_CURRENT_USER\\Software\\ShareGuardTest\\Ключ é");
    std::size_t verbatim = 0;
    for (const auto& key : doc.keys)
        for (const auto& v : key.values) verbatim += v.verbatim ? 1 : 0;
    CHECK(verbatim == 0);  // every entry is in the layout render_reg writes
}

namespace {

// Random documents in every format, with names and data chosen to hit escapes,
// non-ASCII text, the 80-column wrap and values regedit writes as hex(N).
struct random_docs {
    std::mt19937 rng{20261125};

    std::uint32_t pick(std::uint32_t n) { return static_cast<std::uint32_t>(rng() % n); }

    std::string text(bool ansi_only, std::size_t max_len) {
        static const std::vector<std::string> pieces = {"a", "Z", " ", "\\", "\"", "é", "=", ";", "[", "]", "0",
                                                        "\n", "\r", ",", "@", "-", "€", "ж", "Σ", "😀", "\t"};
        std::string out;
        const std::size_t len = pick(static_cast<std::uint32_t>(max_len + 1));
        for (std::size_t i = 0; i < len; ++i) {
            const auto& piece = pieces[pick(static_cast<std::uint32_t>(pieces.size()))];
            if (ansi_only && (piece == "ж" || piece == "Σ" || piece == "😀")) continue;
            out += piece;
        }
        return out;
    }

    reg_value value(bool ansi) {
        switch (pick(10)) {
        case 0: return reg_value::string(text(ansi, 30));
        case 1: return reg_value::dword(static_cast<std::uint32_t>(rng()));
        case 2: return reg_value::string(text(ansi, 20), reg_type::expand_sz);
        case 3: return reg_value::multi_string({text(ansi, 5), text(ansi, 5)});
        case 4: return reg_value::qword((std::uint64_t{rng()} << 32) | rng());
        case 5: {
            // A REG_SZ that is not a plain string (embedded NUL or no terminator): written as hex(1).
            auto v = reg_value::string(text(ansi, 6));
            if (pick(2) == 0) v.data.insert(v.data.begin(), {'x', 0, 0, 0});
            else v.data.resize(v.data.size() - 2);
            return v;
        }
        case 6: {
            reg_value v{static_cast<reg_type>(pick(2) ? pick(12) : rng()), {}};
            if (ansi && (v.type == reg_type::sz || v.type == reg_type::expand_sz || v.type == reg_type::multi_sz))
                v.type = reg_type::binary;  // REGEDIT4 keeps those as ANSI: only even, ANSI data survives
            v.data.resize(pick(3) == 0 ? pick(4) : pick(300));
            for (auto& b : v.data) b = static_cast<std::uint8_t>(rng());
            return v;
        }
        default: {
            reg_value v{reg_type::binary, std::vector<std::uint8_t>(pick(120))};
            for (auto& b : v.data) b = static_cast<std::uint8_t>(rng());
            return v;
        }
        }
    }

    reg_document document() {
        reg_document doc;
        doc.format = pick(4) == 0 ? reg_format::regedit4 : reg_format::v5;
        const bool ansi = doc.format == reg_format::regedit4;
        // (REGEDIT4 without a BOM is ANSI, as regedit reads it.)
        doc.encoding = ansi ? (pick(2) ? text_encoding::ansi : text_encoding::utf8_bom)
                            : std::array{text_encoding::utf16le_bom, text_encoding::utf8,
                                         text_encoding::utf8_bom}[pick(3)];
        doc.crlf = pick(2) == 0;
        const std::size_t keys = 1 + pick(6);
        for (std::size_t k = 0; k < keys; ++k) {
            reg_file_key key;
            key.path = "HKEY_LOCAL_MACHINE\\SOFTWARE\\" + std::string(pick(2) ? "Key]x" : "Schlüssel") +
                       std::to_string(k);
            key.deleted = pick(8) == 0;
            if (pick(2)) key.comments_before.push_back(pick(2) ? "" : "; note " + std::to_string(k));
            const std::size_t values = key.deleted ? 0 : pick(8);
            for (std::size_t v = 0; v < values; ++v) {
                reg_file_value entry;
                // Names up to 90 characters so the hex data starts at any column.
                entry.name = pick(5) == 0 ? std::string() : text(ansi, pick(3) == 0 ? 90 : 12);
                if (pick(12) != 0) entry.value = value(ansi);
                key.values.push_back(std::move(entry));
            }
            doc.keys.push_back(std::move(key));
        }
        if (pick(2)) doc.trailing_comments.push_back("");
        return doc;
    }
};

}  // namespace

TEST_CASE("random documents: written, read back equal, nothing kept verbatim, written again identical") {
    random_docs gen;
    for (int i = 0; i < 400; ++i) {
        const reg_document doc = gen.document();
        const std::string bytes = render_reg(doc);
        const reg_document back = parse_reg(bytes, "random.reg");
        REQUIRE(back == doc);
        for (const auto& k : back.keys) {
            CHECK_FALSE(k.verbatim);
            for (const auto& v : k.values) CHECK_FALSE(v.verbatim);
        }
        CHECK(render_reg(back) == bytes);
    }
}

TEST_CASE("random edits to a file: an error, or the same bytes written back") {
    // Whatever layout an entry is in, what is read is written back as it was.
    random_docs gen;
    static const std::vector<std::string> inserts = {" ", "\t", ",", "\\\n  ", "\n", ";", "0", "A", "\"", "-", "=", "\n  "};
    int parsed = 0;
    for (int i = 0; i < 3000; ++i) {
        reg_document doc = gen.document();
        doc.encoding = text_encoding::utf8;
        doc.crlf = false;
        std::string text = render_reg(doc);
        const std::size_t body = text.find('\n') + 1;
        if (text.size() <= body) continue;
        const std::size_t at = body + gen.pick(static_cast<std::uint32_t>(text.size() - body));
        switch (gen.pick(4)) {
        case 0: text.insert(at, inserts[gen.pick(static_cast<std::uint32_t>(inserts.size()))]); break;
        case 1: text.erase(at, 1); break;
        case 2: text[at] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[at]))); break;
        default: text.insert(at, 1, text[at]); break;
        }
        try {
            const auto edited = parse_reg(text, "edited.reg");
            ++parsed;
            CHECK(render_reg(edited) == text);
        } catch (const input_error&) {
        }
    }
    CHECK(parsed > 500);
}

TEST_CASE("random bytes after a header: parsed or rejected with input_error, never anything else") {
    std::mt19937 rng(7);
    static const std::string alphabet = "[]\"\\=@-;:,hexdword()0123456789abcdefHKEY_LOCAL_MACHINE \t\r\n\x80\xC3\xA9\xFF";
    int rejected = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string body;
        const std::size_t len = rng() % 200;
        for (std::size_t k = 0; k < len; ++k) body += alphabet[rng() % alphabet.size()];
        const int kind = static_cast<int>(rng() % 3);
        const std::string bytes = kind == 0   ? "REGEDIT4\r\n" + body
                                  : kind == 1 ? "Windows Registry Editor Version 5.00\n" + body
                                              : "\xFF\xFE" + body;  // as UTF-16LE: mostly nonsense
        try {
            const auto doc = parse_reg(bytes, "noise.reg");
            CHECK(render_reg(doc).size() > 0);
        } catch (const input_error& e) {
            CHECK(e.line() >= 1);
            CHECK(e.column() >= 1);
            ++rejected;
        }
    }
    CHECK(rejected > 0);
}

TEST_CASE("read_reg_file reports a missing file") {
    temp_folder tmp;
    CHECK_THROWS(read_reg_file(tmp / "absent.reg"));
}

}  // TEST_SUITE

}  // namespace sg::test
