#!/usr/bin/env bash
# The README's test command: on a fresh Debian 12 machine (as root), installs
# what ShareGuard needs, builds the Linux (wxGTK) and the Windows (MinGW-w64 +
# wxMSW) flavours, and runs every test: the doctest suites, the CLI and GUI
# tests on Linux, and the same suites plus the Wine end-to-end tests for Windows.
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

stage "Windows build and tests under Wine"
bash "$root/packaging/windows/build-and-test.sh"

stage "All tests passed"
