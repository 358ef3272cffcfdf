#!/usr/bin/env bash
# CMAKE_CROSSCOMPILING_EMULATOR of the mingw build: runs a cross-built program
# under Wine in the test prefix and returns its exit code.
#   run-in-wine.sh <wine-prefix> <program.exe> [args...]
# Tests that need a display set SHAREGUARD_WINE_DISPLAY=xvfb (CTest ENVIRONMENT
# property); they then run inside xvfb-run -a.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: run-in-wine.sh <wine-prefix> <program> [args...]" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/wine-env.sh"
prefix=$1
shift
if [ ! -f "$prefix/system.reg" ]; then
  echo "run-in-wine.sh: no Wine prefix at $prefix (the CTest fixture wine.prefix creates it)" >&2
  exit 2
fi
sg_wine_env "$prefix"
if [ "${SHAREGUARD_WINE_DISPLAY:-}" = xvfb ]; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" wine "$@"
fi
exec wine "$@"
