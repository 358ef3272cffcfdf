#!/usr/bin/env bash
# The README's test command: on a fresh Debian 12 machine (as root), installs
# what ShareGuard needs, builds the Linux (wxGTK) and the Windows (MinGW-w64 +
# wxMSW) flavours, and runs every test: the doctest suites, the CLI and GUI
# tests on Linux, the same Linux tests again built with AddressSanitizer and
# UBSan (preset linux-asan: any finding fails), a short run of each libFuzzer
# target (packaging/dev/fuzz.sh 15), and the same suites plus the
# Wine end-to-end tests for Windows.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

jobs="$(nproc)"
started=$SECONDS
stage() { printf '\n=== %s (%ds elapsed) ===\n' "$1" "$((SECONDS - started))"; }

stage "Debian packages"
bash "$here/setup-debian.sh"

stage "Linux build"
cmake --preset linux
cmake --build --preset linux -j "$jobs"

stage "Linux tests"
ctest --preset linux -j "$jobs"

# The same tests (the wizard walks under Xvfb too) in a Debug build with
# AddressSanitizer and UBSan; leaks inside GTK's font libraries are suppressed
# by tests/sanitizers/lsan.supp, anything else stops the test.
stage "Linux build with AddressSanitizer and UBSan"
asan_started=$SECONDS
cmake --preset linux-asan
cmake --build --preset linux-asan -j "$jobs"

stage "Linux tests with AddressSanitizer and UBSan"
ctest --preset linux-asan -j "$jobs"
printf 'Sanitizer build and tests: %ds\n' "$((SECONDS - asan_started))"

# The libFuzzer targets (tests/fuzz, clang-14 with ASan + UBSan), 15 seconds
# each after replaying the inputs that once found a bug; any finding fails.
stage "Fuzz smoke (4 targets x 15 s)"
bash "$here/fuzz.sh" 15

stage "Windows build and tests under Wine"
bash "$root/packaging/windows/build-and-test.sh"

stage "All tests passed"
