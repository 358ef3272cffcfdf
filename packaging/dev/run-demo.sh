#!/usr/bin/env bash
# The README's run command: installs what ShareGuard needs (asks for sudo when
# not root), builds it, and opens the wizard on a copy of the embedded demo
# snapshot (a Windows Server with SQL Server), so nothing in the source tree changes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

if [ "$(id -u)" -eq 0 ]; then
  bash "$here/setup-debian.sh"
else
  sudo bash "$here/setup-debian.sh"
fi

cmake --preset linux
cmake --build --preset linux -j "$(nproc)" --target shareguard-gui shareguard-cli

demo_dir="$root/build/demo"
mkdir -p "$demo_dir"
cp "$root/resources/snapshots/sql-server.reg" "$demo_dir/sql-server.reg"
echo "Working on a copy of the demo snapshot: $demo_dir/sql-server.reg"
echo "Backups go to: $demo_dir/backups"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: showing the console companion instead (the wizard needs a desktop session)."
  "$root/build/linux/app/cli/shareguard-cli" scan --snapshot "$demo_dir/sql-server.reg"
  exec "$root/build/linux/app/cli/shareguard-cli" plan --snapshot "$demo_dir/sql-server.reg"
fi
exec "$root/build/linux/app/gui/shareguard" --snapshot "$demo_dir/sql-server.reg" --backup-dir "$demo_dir/backups"
