// quote_windows_arguments (app/session/windows_launch_win.h): whatever the
// arguments, Windows' own splitter (CommandLineToArgvW, run here under Wine)
// must give back exactly the same list.
#include <windows.h>

#include <shellapi.h>

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/session/windows_launch_win.h"
#include "wizard/win/unique_handles.h"
#include "wizard/win/win_text.h"

namespace sg::test {

namespace {

std::vector<std::wstring> split_like_windows(const std::wstring& command_line) {
    int argc = 0;
    wchar_t** argv = ::CommandLineToArgvW(command_line.c_str(), &argc);
    REQUIRE(argv != nullptr);
    const win::unique_local_ptr<wchar_t*> owner(argv);
    REQUIRE(argc >= 1);
    return {argv + 1, argv + argc};  // argv[0] is the program
}

// "[a] [b c]": readable in a failure message.
std::string shown(const std::vector<std::wstring>& args) {
    std::string out;
    for (const auto& arg : args) {
        out += '[';
        out += win::narrow(arg);
        out += "] ";
    }
    return out;
}

void check_round_trip(const std::vector<std::wstring>& args) {
    const std::wstring quoted = session::quote_windows_arguments(args);
    const std::vector<std::wstring> back = split_like_windows(LR"("C:\Program Files\ShareGuard\ShareGuard.exe" )" + quoted);
    CHECK_MESSAGE(back == args, "sent ", shown(args), "as ", win::narrow(quoted), " got back ", shown(back));
}

}  // namespace

TEST_SUITE("argument_quoting") {

TEST_CASE("no arguments give an empty command line") {
    CHECK(session::quote_windows_arguments({}).empty());
    check_round_trip({});
}

TEST_CASE("plain, spaced and empty arguments") {
    check_round_trip({L"--snapshot"});
    check_round_trip({L"--snapshot", LR"(C:\Users\Ann Lee\My Documents\server 1.reg)"});
    check_round_trip({L""});
    check_round_trip({L"", L"a", L""});
    check_round_trip({L"tab\there", L"two  spaces", L" leading", L"trailing "});
}

TEST_CASE("embedded quotes") {
    check_round_trip({LR"(say "hi")"});
    check_round_trip({LR"(")"});
    check_round_trip({LR"("")"});
    check_round_trip({LR"(""")", LR"(a"b"c)"});
}

TEST_CASE("backslashes, alone and before quotes") {
    check_round_trip({LR"(C:\backups\)"});
    check_round_trip({LR"(C:\dir with space\)"});
    check_round_trip({LR"(\\server\share\file.reg)"});
    check_round_trip({LR"(\)", LR"(\\)", LR"(\\\)"});
    check_round_trip({LR"(a\"b)", LR"(a\\"b)", LR"(\")", LR"(\\")"});
    check_round_trip({LR"(end\\")", LR"(x\)", L"y"});
}

TEST_CASE("unicode") {
    check_round_trip({L"--backup-dir", L"C:\\Sauvegardes d\u00e9cembre\\\u65e5\u672c\u8a9e", L"\u00fc\u00f1\u00ee\u00e7\u00f8d\u00e9 \u2713"});
    check_round_trip({L"\U0001F512 lock"});  // outside the BMP: a surrogate pair
}

}  // TEST_SUITE

}  // namespace sg::test
