#pragma once
// Starting a program elevated ("runas") with an exact argument list. Windows
// only and free of wx, so the Wine tests (tests/wine/test_run_elevated.cpp)
// link it on its own.
#include <string>
#include <vector>

namespace sg::session {

/// The command-line text that CommandLineToArgvW (and the C runtime) split
/// back into exactly `args`: every argument quoted, quotes escaped, and the
/// backslashes before a quote doubled.
std::wstring quote_windows_arguments(const std::vector<std::wstring>& args);

/// This process's own path and its arguments (argv[1] on), as
/// CommandLineToArgvW splits the command line. Throws std::runtime_error.
std::wstring own_program_path();
std::vector<std::wstring> own_arguments();

/// Starts `program` with `args` through ShellExecuteExW's "runas" verb (the
/// UAC prompt). Returns false when the user declined it; throws
/// std::runtime_error on any other failure.
bool launch_elevated(const std::wstring& program, const std::vector<std::wstring>& args);

}  // namespace sg::session
