# Sourced by the scripts in tests/wine: the environment every Wine call of the
# tests uses. $1 of the caller is the throwaway prefix (inside the build tree).
# No output from Wine's own diagnostics; no Mono/Gecko installers (no network,
# and nothing under test needs them).
sg_wine_env() {
  export WINEPREFIX
  WINEPREFIX=$(realpath -m -- "$1")  # Wine wants an absolute path
  export WINEDEBUG=-all
  export WINEDLLOVERRIDES="mscoree,mshtml="
  # Never pick up a user's display: GUI tests ask for a virtual one explicitly.
  if [ "${SHAREGUARD_WINE_DISPLAY:-}" != xvfb ]; then unset DISPLAY WAYLAND_DISPLAY; fi
}
