#!/usr/bin/env bash
# The Windows build, tested for real, in one command: builds wxMSW once per
# machine (cached), configures the `mingw` preset, builds ShareGuard.exe,
# ShareGuardCli.exe and the test programs, packages them (the MSI and the
# portable ZIP, in build/mingw/package/), and runs every test under Wine in
# fresh throwaway prefixes (the MSI's tests, msi.*, in one of their own).
# Exits non-zero on any failure.
#
#   packaging/windows/build-and-test.sh [--no-gui]
#
# --no-gui skips wxMSW and ShareGuard.exe (engine, CLI and their tests only).
# SHAREGUARD_CACHE overrides the wxMSW cache root (default /var/cache/shareguard).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir="$source_dir/build/mingw"

with_gui=ON
for arg in "$@"; do
  case "$arg" in
    --no-gui) with_gui=OFF ;;
    *) echo "usage: build-and-test.sh [--no-gui]" >&2; exit 2 ;;
  esac
done

step() { printf '\n== build-and-test.sh: %s (%s)\n' "$*" "$(date -u +%H:%M:%S)"; }

if [ "$with_gui" = ON ]; then
  step "wxMSW (cached after the first build)"
  SHAREGUARD_WXMSW_PREFIX=$("$here/build-wxmsw.sh")
  export SHAREGUARD_WXMSW_PREFIX
fi

step "configure (preset mingw, GUI $with_gui)"
cd "$source_dir"
cmake --preset mingw -DSHAREGUARD_BUILD_GUI="$with_gui" ${SHAREGUARD_WXMSW_PREFIX:+"-DSHAREGUARD_WXMSW_PREFIX=$SHAREGUARD_WXMSW_PREFIX"}

step "build"
cmake --build --preset mingw -j "$(nproc)"

exes=("$build_dir/app/cli/ShareGuardCli.exe")
if [ "$with_gui" = ON ]; then exes+=("$build_dir/app/gui/ShareGuard.exe"); fi
for exe in "${exes[@]}"; do
  [ -f "$exe" ] || { echo "build-and-test.sh: $exe was not built" >&2; exit 1; }
  printf '%s: %s bytes\n' "$(basename "$exe")" "$(stat -c %s "$exe")"
done
# The packages are part of the default target (cmake/ShareGuardPackaging.cmake).
version=$(sed -n 's/^project(ShareGuard VERSION \([0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt")
for package in "$build_dir/package/ShareGuard-$version-x64.msi" "$build_dir/package/ShareGuard-$version-x64.zip"; do
  [ -f "$package" ] || { echo "build-and-test.sh: $package was not built" >&2; exit 1; }
  printf '%s: %s bytes\n' "$(basename "$package")" "$(stat -c %s "$package")"
done

step "tests under Wine"
# Two at a time at most: Wine processes are heavy and the prefix is shared.
ctest --preset mingw -j 2

step "done"
