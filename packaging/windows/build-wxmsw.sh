#!/usr/bin/env bash
# Builds a static wxWidgets 3.2 for Windows (wxMSW) with MinGW-w64, from Debian's
# wxwidgets3.2 source package, plus a static libpng from Debian's libpng1.6 source
# package (Debian's wx tarball carries no bundled image libraries; zlib comes from
# libz-mingw-w64-dev). Only the base, core and adv libraries are built.
#
# The result goes to a cache folder outside any build tree, keyed by the source
# versions and the build options, and is built once per machine: when its stamp
# exists the script only prints the folder.
#
#   packaging/windows/build-wxmsw.sh        -> prints the prefix (holds bin/wx-config)
#   SHAREGUARD_CACHE=/some/dir ...          -> cache root (default /var/cache/shareguard)
#
# Progress goes to stderr; stdout is only the prefix, so callers can capture it.
set -euo pipefail

readonly host=x86_64-w64-mingw32
readonly cache_root=${SHAREGUARD_CACHE:-/var/cache/shareguard}
readonly recipe_revision=1
readonly deb_src_file=/etc/apt/sources.list.d/shareguard-deb-src.sources
jobs=$(nproc)
readonly jobs

log() { printf 'build-wxmsw: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# The compilers must be the posix-threads variants everywhere (wx, libpng, our
# code): mixing them with the win32-threads runtime breaks std::thread & co.
readonly cross_env=(
  CC="$host-gcc-posix" CXX="$host-g++-posix"
  AR="$host-ar" RANLIB="$host-ranlib" STRIP="$host-strip" WINDRES="$host-windres"
)

readonly libpng_options=(--disable-shared --enable-static --disable-tests --disable-tools)
readonly wx_options=(
  --disable-shared --enable-unicode
  --with-msw --with-zlib=sys --with-libpng=sys
  --without-libjpeg --without-libtiff --without-liblzma --without-libmspack
  --without-expat --without-libcurl --without-opengl --without-regex
  --disable-webview --disable-stc --disable-richtext --disable-mediactrl
  --disable-xrc --disable-html --disable-htmlhelp --disable-aui --disable-propgrid --disable-ribbon
  --disable-sockets --disable-protocols --disable-url --disable-webrequest --disable-fs_inet
  --disable-debugreport --disable-secretstore
  --enable-uiactionsim
)

# Source packages are only reachable through a deb-src entry. The machine's own
# list is left alone; a separate file is added when no deb-src entry exists.
ensure_deb_src() {
  if apt-cache showsrc --only-source wxwidgets3.2 2>/dev/null | grep -q '^Version:'; then
    return
  fi
  [ "$(id -u)" -eq 0 ] || die "no deb-src entry for wxwidgets3.2 and not root to add $deb_src_file"
  log "adding $deb_src_file and updating apt's lists"
  cat >"$deb_src_file" <<'EOF'
# Source packages for packaging/windows/build-wxmsw.sh (wxwidgets3.2, libpng1.6).
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  apt-get update -qq
}

# The versions of a source package apt knows, newest first (Debian version ordering).
source_versions_newest_first() {
  apt-cache showsrc --only-source "$1" | sed -n 's/^Version: //p' | sort -u | sort -r -V
}

# Downloads and unpacks (with Debian's patches) the newest fetchable version of a
# source package into $2/<package>; a mirror may list a version it does not serve
# yet, so older ones are tried in turn. Prints the version used.
fetch_source() {
  local package=$1 into=$2 version dsc
  while read -r version; do
    rm -rf "$into/download" && mkdir -p "$into/download"
    if (cd "$into/download" && apt-get source --download-only -qq "$package=$version" >&2); then
      dsc=$(find "$into/download" -maxdepth 1 -name "${package}_*.dsc" -print -quit)
      [ -n "$dsc" ] || die "apt-get source $package=$version gave no .dsc"
      dpkg-source -x "$dsc" "$into/$package" >&2
      printf '%s\n' "$version"
      return
    fi
    log "$package $version cannot be fetched; trying an older version"
  done < <(source_versions_newest_first "$package")
  die "no version of the source package $package can be fetched"
}

build_libpng() {
  local src=$1 prefix=$2
  log "libpng: configure"
  (cd "$src" && env "${cross_env[@]}" ./configure --host="$host" --prefix="$prefix" \
      "${libpng_options[@]}" CPPFLAGS="-I/usr/$host/include" >&2)
  log "libpng: make -j$jobs"
  make -C "$src" -j"$jobs" install >&2
}

build_wx() {
  local src=$1 prefix=$2
  mkdir -p "$src/build-msw"
  log "wxMSW: configure"
  # pkg-config must only see the cross libraries in the prefix, never the host's.
  (cd "$src/build-msw" && env "${cross_env[@]}" \
      PKG_CONFIG_LIBDIR="$prefix/lib/pkgconfig" PKG_CONFIG_PATH="" \
      ../configure --host="$host" --build="$(dpkg-architecture -qDEB_BUILD_GNU_TYPE)" \
      --prefix="$prefix" "${wx_options[@]}" \
      CPPFLAGS="-I$prefix/include" LDFLAGS="-L$prefix/lib" >&2)
  log "wxMSW: make -j$jobs (several minutes)"
  make -C "$src/build-msw" -j"$jobs" >&2
  make -C "$src/build-msw" install >&2
}

main() {
  ensure_deb_src
  local wx_version key prefix
  wx_version=$(source_versions_newest_first wxwidgets3.2 | sed -n 1p)
  [ -n "$wx_version" ] || die "apt knows no source package wxwidgets3.2"
  # The key changes with the wx version, the options, or the recipe revision
  # (raise it when a change to this script changes what gets built). The exact
  # libpng version used is recorded in the stamp.
  key=$(printf '%s\n' "$recipe_revision" "$wx_version" "${wx_options[@]}" "${libpng_options[@]}" \
      "${cross_env[@]}" | sha256sum | cut -c1-12)
  prefix="$cache_root/wxmsw-${wx_version%%+*}-$key"
  local stamp="$prefix/.built"

  mkdir -p "$cache_root"
  # One build at a time per cache; a second caller waits and then finds the stamp.
  exec 9>"$cache_root/.wxmsw.lock"
  flock 9
  if [ -f "$stamp" ]; then
    log "cached: $prefix"
    printf '%s\n' "$prefix"
    return
  fi

  local work="$prefix.work" png_version
  rm -rf "$prefix" "$work"
  mkdir -p "$work"
  local started=$SECONDS
  log "building wxwidgets3.2 $wx_version and libpng1.6 into $prefix"
  png_version=$(fetch_source libpng1.6 "$work")
  [ "$(fetch_source wxwidgets3.2 "$work")" = "$wx_version" ] || die "wxwidgets3.2 $wx_version cannot be fetched"
  build_libpng "$work/libpng1.6" "$prefix"
  build_wx "$work/wxwidgets3.2" "$prefix"
  [ -x "$prefix/bin/wx-config" ] || die "no wx-config in $prefix/bin after the build"

  local seconds=$((SECONDS - started))
  printf 'wxwidgets3.2 %s\nlibpng1.6 %s\nbuild seconds %s on %s cores\n' \
      "$wx_version" "$png_version" "$seconds" "$jobs" >"$stamp"
  rm -rf "$work"
  log "built in ${seconds}s: $prefix"
  printf '%s\n' "$prefix"
}

main "$@"
