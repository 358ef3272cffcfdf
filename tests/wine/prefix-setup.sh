#!/usr/bin/env bash
# CTest fixture setup: a fresh Wine prefix for this test run.
#   prefix-setup.sh <wine-prefix>
# The prefix must be a folder named wine-prefix (so a wrong argument can never
# delete anything else); a previous one is removed first.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: prefix-setup.sh <wine-prefix>" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/wine-env.sh"
prefix=$1
case "$(basename "$prefix")" in
  wine-prefix) ;;
  *) echo "prefix-setup.sh: refusing to recreate $prefix (not named wine-prefix)" >&2; exit 2 ;;
esac
sg_wine_env "$prefix"
if [ -d "$prefix" ]; then
  wineserver -k 2>/dev/null || true
  rm -rf -- "$prefix"
fi
mkdir -p "$(dirname "$prefix")"
wineboot -i
wineserver -w
[ -f "$prefix/system.reg" ] || { echo "prefix-setup.sh: wineboot made no registry in $prefix" >&2; exit 1; }
# Chinese pages: Wine finds Debian's WenQuanYi Micro Hei (fonts-wqy-microhei)
# through fontconfig; linking it to the dialog fonts makes it the fallback for
# characters they lack, as Windows' own CJK fonts are on a Chinese Windows.
for face in "Tahoma" "MS Shell Dlg" "MS Shell Dlg 2" "Microsoft Sans Serif" "Segoe UI"; do
  wine reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\FontLink\SystemLink' /v "$face" \
    /t REG_MULTI_SZ /d 'wqy-microhei.ttc,WenQuanYi Micro Hei' /f >/dev/null
done
wineserver -w
echo "prefix-setup.sh: Wine prefix ready at $prefix ($(wine --version 2>/dev/null))"
