// launch_elevated (app/session/windows_launch_win.h), end to end under Wine:
// ShellExecuteExW's "runas" verb starts this test program again in its child
// mode (win_actions_main.cpp), which writes down the arguments it received.
// Wine accepts the verb and asks no UAC question (its programs already run
// with a full administrator token), so declining the prompt is not covered.
#include <windows.h>

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "app/session/windows_launch_win.h"
#include "support/temp_folder.h"
#include "tests/wine/argv_marker.h"
#include "wizard/platform.h"
#include "wizard/win/win_text.h"

namespace sg::test {

namespace {

// Starting a process under Wine on a busy machine takes seconds, not minutes.
bool wait_for_file(const std::filesystem::path& file, std::chrono::seconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!std::filesystem::exists(file)) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return true;
}

}  // namespace

TEST_SUITE("run_elevated") {

TEST_CASE("the elevated program receives exactly the arguments it was given") {
    const temp_folder work;
    const std::filesystem::path marker = work / "child arguments";
    const std::vector<std::wstring> payload{
        L"--snapshot", LR"(C:\Users\Ann Lee\server 1.reg)", L"", LR"(say "hi")", LR"(C:\backups\)",
        LR"(a\\"b)", L"d\u00e9cembre \u65e5\u672c\u8a9e \u2713"};
    std::vector<std::wstring> args{child_flag, marker.native()};
    args.insert(args.end(), payload.begin(), payload.end());

    REQUIRE(session::launch_elevated(session::own_program_path(), args));
    REQUIRE_MESSAGE(wait_for_file(marker, std::chrono::seconds(60)),
                    "the elevated child wrote nothing to ", win::path_text(marker), " within 60 s");

    const child_report report = decode_child_report(read_file(marker));
    // Wine runs every program with a full administrator token already, so
    // this holds there either way; on Windows it is what "runas" is for.
    CHECK(report.elevated);
    REQUIRE(report.args.size() == payload.size());
    for (std::size_t i = 0; i < payload.size(); ++i) {
        CAPTURE(i);
        CHECK(report.args[i] == win::narrow(payload[i]));
    }
}

}  // TEST_SUITE

}  // namespace sg::test
