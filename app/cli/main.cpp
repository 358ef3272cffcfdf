// ShareGuardCli.exe / shareguard-cli: everything is in shareguard_cli_lib (cli.h).
#include <iostream>
#include <string>
#include <vector>

#include "app/cli/cli.h"
#include "app/cli/console_stream.h"
#include "wizard/platform.h"

#ifdef _WIN32
#include <windows.h>

#include "wizard/reg_value.h"

// wmain (linked with -municode): the arguments as UTF-16, so paths outside the
// ANSI code page survive; run_cli takes UTF-8, as the console is set to.
int wmain(int argc, wchar_t** wargv) {
    // Elevated: never load a DLL from the working directory or the exe's folder.
    sg::harden_dll_search();
    // Redirected output is UTF-8; a console is written in UTF-16 (console_stream_win.cpp).
    SetConsoleOutputCP(CP_UTF8);
    std::vector<std::string> args;
    for (int i = 0; i < argc; ++i)
        args.push_back(sg::utf16_to_utf8(std::u16string_view(reinterpret_cast<const char16_t*>(wargv[i]))));
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    auto env = sg::cli::default_environment();
    const auto streams = sg::cli::open_console_streams();
    const int code = sg::cli::run_cli(argc, argv.data(), streams.out, streams.err, env);
    streams.out.flush();
    streams.err.flush();
    return code;
}
#else
int main(int argc, char** argv) {
    sg::harden_dll_search();
    auto env = sg::cli::default_environment();
    const auto streams = sg::cli::open_console_streams();
    return sg::cli::run_cli(argc, argv, streams.out, streams.err, env);
}
#endif
