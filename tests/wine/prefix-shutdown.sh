#!/usr/bin/env bash
# CTest fixture cleanup: stops the prefix's wineserver (the prefix itself stays
# for inspection until the next run recreates it).
#   prefix-shutdown.sh <wine-prefix>
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: prefix-shutdown.sh <wine-prefix>" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/wine-env.sh"
sg_wine_env "$1"
wineserver -k 2>/dev/null || true
