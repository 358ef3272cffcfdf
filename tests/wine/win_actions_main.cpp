// The runner of the Windows-actions tests (doctest), which is also the child
// that the "runas" test starts:
//   sg_win_actions_tests --child MARKER ARGS...
// writes whether it runs elevated and ARGS, as CommandLineToArgvW splits this
// process's command line (the way restart_elevated reads its own), to MARKER
// (argv_marker.h) and exits.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <exception>
#include <vector>

#include <fmt/format.h>

#include "app/session/windows_launch_win.h"
#include "tests/wine/argv_marker.h"
#include "wizard/platform.h"

namespace {

int run_child(const std::vector<std::wstring>& args) {
    if (args.size() < 2) {
        fmt::print(stderr, "usage: sg_win_actions_tests --child MARKER ARGS...\n");
        return 2;
    }
    // Written whole then renamed into place: the parent never reads half a file.
    sg::write_file_durably(args[1], sg::test::encode_child_report(sg::process_is_elevated(), {args.begin() + 2, args.end()}));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    sg::harden_dll_search();
    try {
        const std::vector<std::wstring> args = sg::session::own_arguments();
        if (!args.empty() && args[0] == sg::test::child_flag) return run_child(args);
    } catch (const std::exception& e) {
        fmt::print(stderr, "{}\n", e.what());
        return 1;
    }
    return doctest::Context(argc, argv).run();
}
