#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "support/temp_folder.h"
#include "wizard/errors.h"
#include "wizard/reg_text.h"
#include "support/reg_text_fixtures.h"
#include "wizard/snapshot_registry.h"

namespace sg::test {

namespace {

void write_bytes(const std::filesystem::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary);
    out << bytes;
}

std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

constexpr std::string_view lanman = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters";

// An exported offline SYSTEM hive: ControlSet001/002, no CurrentControlSet.
constexpr std::string_view offline_hive = R"(Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SYSTEM\ControlSet001\Services\LanmanServer\Parameters]
"AutoShareWks"=dword:00000001

[HKEY_LOCAL_MACHINE\SYSTEM\ControlSet002\Services\LanmanServer\Parameters]
"AutoShareWks"=dword:00000002

[HKEY_LOCAL_MACHINE\SYSTEM\ControlSet002\Control\ComputerName\ComputerName]
"ComputerName"="OFFLINE-PC"

[HKEY_LOCAL_MACHINE\SYSTEM\Select]
"Current"=dword:00000002
"Default"=dword:00000002

)";

constexpr std::string_view live_export = R"(Windows Registry Editor Version 5.00

; exported for the tests
[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters]
"AutoShareServer"=dword:00000001
"NullSessionShares"=hex(7):00,00
"Ünïcode Näme"="x"

[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Lsa]
"RestrictAnonymous"=dword:00000000
"restrictanonymoussam"=dword:00000001

)";

}  // namespace

TEST_SUITE("snapshot_registry") {

TEST_CASE("names compare case-insensitively and keep their spelling") {
    snapshot_registry reg(parse_reg(live_export, "x.reg"), "x.reg");
    CHECK(reg.description() == "snapshot x.reg");
    CHECK(reg.find_value("hklm\\system\\currentcontrolset\\services\\LANMANSERVER\\parameters", "autoshareserver") ==
          reg_value::dword(1));
    CHECK(reg.find_value(lanman, "ünïcode NÄME") == reg_value::string("x"));
    CHECK(reg.value_names(lanman) == std::vector<std::string>{"AutoShareServer", "NullSessionShares", "Ünïcode Näme"});
    CHECK(reg.subkey_names("HKLM\\SYSTEM\\CURRENTCONTROLSET") == std::vector<std::string>{"Services", "Control"});
    CHECK(reg.subkey_names("HKEY_LOCAL_MACHINE") == std::vector<std::string>{"SYSTEM"});
    // Ancestors exist implicitly; absent things are absent, not errors.
    CHECK(reg.key_exists("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services"));
    CHECK(reg.key_exists("HKEY_USERS"));
    CHECK_FALSE(reg.key_exists("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Absent"));
    CHECK_FALSE(reg.find_value(lanman, "Absent"));
    CHECK_FALSE(reg.find_value("HKLM\\Nope", "x"));
    CHECK(reg.subkey_names("HKLM\\Nope").empty());
    CHECK(reg.value_names("HKLM\\Nope").empty());
}

TEST_CASE("deletion entries apply in file order") {
    const std::string text = R"(REGEDIT4

[HKEY_LOCAL_MACHINE\SOFTWARE\A\B]
"v"="1"
"gone"="1"

[HKEY_LOCAL_MACHINE\SOFTWARE\A\Old]
"x"="1"

[HKEY_LOCAL_MACHINE\SOFTWARE\A]
"gone"="2"

[-HKEY_LOCAL_MACHINE\SOFTWARE\A\Old]

[HKEY_LOCAL_MACHINE\SOFTWARE\A\B]
"gone"=-
"v"="2"

[-HKEY_LOCAL_MACHINE\SOFTWARE\Z]

[HKEY_LOCAL_MACHINE\SOFTWARE\Z\Back]
"b"="1"
)";
    snapshot_registry reg(parse_reg(text, "d.reg"), "d.reg");
    CHECK(reg.find_value("HKLM\\SOFTWARE\\A\\B", "v") == reg_value::string("2"));
    CHECK_FALSE(reg.find_value("HKLM\\SOFTWARE\\A\\B", "gone"));
    CHECK(reg.find_value("HKLM\\SOFTWARE\\A", "gone") == reg_value::string("2"));
    CHECK_FALSE(reg.key_exists("HKLM\\SOFTWARE\\A\\Old"));
    CHECK(reg.subkey_names("HKLM\\SOFTWARE\\A") == std::vector<std::string>{"B"});
    CHECK(reg.find_value("HKLM\\SOFTWARE\\Z\\Back", "b") == reg_value::string("1"));
    CHECK(reg.key_exists("HKLM\\SOFTWARE\\Z"));

    // A deleted key and its subkeys come back only through later sections.
    const std::string later = "REGEDIT4\n[HKEY_USERS\\K\\S]\n\"a\"=\"1\"\n[-HKEY_USERS\\K]\n";
    snapshot_registry reg2(parse_reg(later, "l.reg"), "l.reg");
    CHECK_FALSE(reg2.key_exists("HKEY_USERS\\K"));
    CHECK_FALSE(reg2.find_value("HKEY_USERS\\K\\S", "a"));
    reg2.set_value("HKEY_USERS\\K\\S", "a", reg_value::string("2"));
    CHECK(reg2.find_value("HKEY_USERS\\K\\S", "a") == reg_value::string("2"));
    // The new section comes after the deletion, or the deletion would undo it.
    CHECK(reg2.document().keys.back().path == "HKEY_USERS\\K\\S");
    CHECK(parse_reg(render_reg(reg2.document()), "again.reg") == reg2.document());
}

TEST_CASE("an offline hive: CurrentControlSet resolves through Select\\Current") {
    snapshot_registry reg(parse_reg(unicode_file(offline_hive), "hive.reg"), "hive.reg");
    CHECK(reg.find_value(lanman, "AutoShareWks") == reg_value::dword(2));
    CHECK(reg.key_exists("HKLM\\SYSTEM\\CurrentControlSet\\Services"));
    CHECK(reg.key_exists("HKLM\\SYSTEM\\CurrentControlSet"));
    CHECK(reg.subkey_names("HKLM\\SYSTEM\\CurrentControlSet") == std::vector<std::string>{"Services", "Control"});
    CHECK(reg.machine_name() == "OFFLINE-PC");

    reg.set_value(lanman, "AutoShareWks", reg_value::dword(0));
    CHECK(reg.find_value("HKLM\\SYSTEM\\ControlSet002\\Services\\LanmanServer\\Parameters", "AutoShareWks") ==
          reg_value::dword(0));
    CHECK(reg.find_value("HKLM\\SYSTEM\\ControlSet001\\Services\\LanmanServer\\Parameters", "AutoShareWks") ==
          reg_value::dword(1));
    reg.set_value("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa", "RestrictAnonymous", reg_value::dword(1));
    // The new key comes right after its parent's subtree, before [...\Select].
    REQUIRE(reg.document().keys.size() == 5);
    CHECK(reg.document().keys[3].path == "HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet002\\Control\\Lsa");
    CHECK(reg.document().keys[4].path == "HKEY_LOCAL_MACHINE\\SYSTEM\\Select");
    CHECK(reg.find_value("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa", "RestrictAnonymous") == reg_value::dword(1));
    CHECK(reg.find_value("HKLM\\SYSTEM\\Select", "Current") == reg_value::dword(2));

    // When the export has CurrentControlSet itself, it is used as it is.
    snapshot_registry live(parse_reg(live_export, "x.reg"), "x.reg");
    live.set_value("HKLM\\SYSTEM\\Select", "Current", reg_value::dword(1));
    CHECK(live.find_value(lanman, "AutoShareServer") == reg_value::dword(1));
}

TEST_CASE("writes edit the document in place and commit writes the file") {
    temp_folder tmp;
    const auto file = tmp / "snapshot.reg";
    const std::string original = unicode_file(live_export);
    write_bytes(file, original);
    snapshot_registry reg(file);
    CHECK(reg.description() == "snapshot " + file.string());
    CHECK(reg.file() == file);

    reg.set_value(lanman, "autoshareserver", reg_value::dword(0));                     // changed in place
    reg.set_value(lanman, "AutoShareWks", reg_value::dword(0));                        // appended to its key
    reg.set_value("HKLM\\system\\currentcontrolset\\control\\LSA\\MSV1_0", "Flag",      // a new key
                  reg_value::string("on"));
    reg.set_value(std::string(lanman) + "\\Sub", "S", reg_value::dword(7));              // one in the middle
    reg.commit();

    const std::string expected = unicode_file(R"(Windows Registry Editor Version 5.00

; exported for the tests
[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters]
"AutoShareServer"=dword:00000000
"NullSessionShares"=hex(7):00,00
"Ünïcode Näme"="x"
"AutoShareWks"=dword:00000000

[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters\Sub]
"S"=dword:00000007

[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Lsa]
"RestrictAnonymous"=dword:00000000
"restrictanonymoussam"=dword:00000001

[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Lsa\MSV1_0]
"Flag"="on"

)");
    CHECK(read_bytes(file) == expected);

    // Reloading gives the same document and the same answers.
    snapshot_registry again(file);
    CHECK(again.document() == reg.document());
    CHECK(again.find_value(lanman, "AutoShareWks") == reg_value::dword(0));
    CHECK(again.find_value(std::string(lanman) + "\\sub", "s") == reg_value::dword(7));
    CHECK(again.subkey_names(lanman) == std::vector<std::string>{"Sub"});
    CHECK(again.find_value("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0", "flag") ==
          reg_value::string("on"));
}

TEST_CASE("commit writes nothing when every write was undone") {
    temp_folder tmp;
    const auto file = tmp / "snapshot.reg";
    const std::string original = unicode_file(live_export);
    write_bytes(file, original);
    snapshot_registry reg(file);
    // Change the file behind the snapshot's back: a commit that writes would erase this.
    const std::string marker = original + std::string("\x3b\x00\x0d\x00\x0a\x00", 6);
    write_bytes(file, marker);

    const auto lsa = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa";
    reg.set_value(lanman, "AutoShareServer", reg_value::dword(0));  // changed, then restored
    reg.set_value(lanman, "AutoShareServer", reg_value::dword(1));
    reg.set_value(lanman, "New", reg_value::dword(5));              // added, then removed
    reg.delete_value(lanman, "New");
    reg.set_value("HKLM\\SOFTWARE\\ShareGuard\\Test", "k", reg_value::dword(1));  // a new key, then removed
    reg.delete_value("HKLM\\SOFTWARE\\ShareGuard\\Test", "k");
    reg.set_value(std::string(lanman) + "\\Sub", "k", reg_value::dword(1));  // the same in the middle of the file
    CHECK(reg.document().keys[1].path == std::string(lanman) + "\\Sub");
    reg.delete_value(std::string(lanman) + "\\Sub", "k");
    CHECK_FALSE(reg.key_exists(std::string(lanman) + "\\Sub"));
    reg.delete_value(lsa, "RestrictAnonymous");                     // removed, then put back
    reg.set_value(lsa, "RestrictAnonymous", reg_value::dword(0));
    CHECK_FALSE(reg.key_exists("HKLM\\SOFTWARE\\ShareGuard"));
    reg.commit();
    CHECK(read_bytes(file) == marker);
    CHECK(render_reg(reg.document()) == original);  // the document is back in its file order too
    CHECK(reg.find_value(lsa, "RestrictAnonymous") == reg_value::dword(0));

    // A real change is written.
    reg.set_value(lsa, "RestrictAnonymous", reg_value::dword(1));
    reg.commit();
    CHECK(read_bytes(file) != marker);
    CHECK(snapshot_registry(file).find_value(lsa, "RestrictAnonymous") == reg_value::dword(1));
}

TEST_CASE("deleting a value removes every line that set it") {
    const std::string text = R"(REGEDIT4

[HKEY_USERS\K]
; about a
"a"="1"
"b"="1"

[HKEY_USERS\K]
"a"="2"
)";
    snapshot_registry reg(parse_reg(text, "k.reg"), "k.reg");
    CHECK(reg.find_value("HKEY_USERS\\K", "a") == reg_value::string("2"));
    reg.delete_value("HKEY_USERS\\K", "A");
    CHECK_FALSE(reg.find_value("HKEY_USERS\\K", "a"));
    CHECK(reg.value_names("HKEY_USERS\\K") == std::vector<std::string>{"b"});
    CHECK(reg.document().keys[0].values[0].comments_before == std::vector<std::string>{"; about a"});
    reg.delete_value("HKEY_USERS\\K", "absent");  // nothing to do, no error
    reg.commit();                                 // in memory: nothing to write
}

TEST_CASE("a value removed by a deletion line is set again on that line") {
    const std::string text = "REGEDIT4\n\n[HKEY_USERS\\K]\n\"a\"=-\n\"b\"=\"1\"\n";
    snapshot_registry reg(parse_reg(text, "k.reg"), "k.reg");
    CHECK_FALSE(reg.find_value("HKEY_USERS\\K", "a"));
    reg.set_value("HKEY_USERS\\K", "a", reg_value::dword(3));
    CHECK(render_reg(reg.document()) == "REGEDIT4\n\n[HKEY_USERS\\K]\n\"a\"=dword:00000003\n\"b\"=\"1\"\n");
    CHECK(reg.find_value("HKEY_USERS\\K", "A") == reg_value::dword(3));
}

TEST_CASE("bad writes and bad files are reported") {
    snapshot_registry reg(parse_reg(live_export, "x.reg"), "x.reg");
    CHECK_THROWS_AS(reg.set_value("HKXX\\Software", "a", reg_value::dword(1)), registry_error);
    CHECK_THROWS_AS(reg.set_value("", "a", reg_value::dword(1)), registry_error);
    temp_folder tmp;
    CHECK_THROWS_AS(snapshot_registry(tmp / "absent.reg"), file_error);
    write_bytes(tmp / "bad.reg", "REGEDIT4\n\"a\"=\"b\"\n");
    CHECK_THROWS_AS(snapshot_registry(tmp / "bad.reg"), input_error);
}

}  // TEST_SUITE

}  // namespace sg::test
