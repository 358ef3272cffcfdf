#!/usr/bin/env bash
# Installs everything ShareGuard needs on a fresh Debian 12 machine (run as root).
# Only Debian packages; nothing is downloaded from elsewhere.
set -euo pipefail

packages=(
  # Linux build and tests (g++ brings gcc-12's AddressSanitizer and UBSan
  # runtimes, libasan8 and libubsan1, for the linux-asan preset)
  cmake ninja-build g++ pkg-config
  libfmt-dev doctest-dev nlohmann-json3-dev libcli11-dev libssl-dev
  # GUI (wxGTK) and looking at it
  libwxgtk3.2-dev xvfb xauth imagemagick xdotool gettext
  # GTK's headers: the wizard names unlabelled controls for screen readers (ATK)
  libgtk-3-dev
  # Translations: wxWidgets' own catalogs (shipped with the Windows build),
  # the catalog checks (polib) and a CJK font for the zh_CN walks (wxGTK and Wine)
  wx3.2-i18n python3-polib fonts-wqy-microhei
  # Windows cross-build and tests under Wine
  mingw-w64 libz-mingw-w64-dev wine wine64 dpkg-dev
  # Independent readers of the fleet exports (Registry.pol, GptTmpl.inf, Registry.xml)
  python3-samba libxml2-utils
  # Readers of the fleet exports: ansible-playbook and ansible-doc (ansible.windows), PyYAML
  ansible python3-yaml
  # The MSI (wixl builds it, msiinfo reads it back in the tests)
  wixl msitools
  # libFuzzer targets (preset linux-fuzz, packaging/dev/fuzz.sh): clang-14 and
  # its runtimes (libFuzzer, ASan and UBSan for clang)
  clang-14 libclang-rt-14-dev
)

if [ "$(id -u)" -ne 0 ]; then
  echo "setup-debian.sh: run as root (it installs Debian packages)" >&2
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "setup-debian.sh: all packages present"
