#!/usr/bin/env bash
# Renders the application icon's PNG sizes and the Windows .ico from
# shareguard.svg with ImageMagick. Run after editing the SVG; commit the results
# (the build uses the committed files, so it needs no ImageMagick).
set -euo pipefail
cd "$(dirname "$0")"
sizes=(16 24 32 48 64 128 256)
for s in "${sizes[@]}"; do
  convert -background none -density 300 shareguard.svg -resize "${s}x${s}" "shareguard-$s.png"
done
convert shareguard-16.png shareguard-24.png shareguard-32.png shareguard-48.png \
        shareguard-64.png shareguard-256.png shareguard.ico
echo "render-icons: wrote ${sizes[*]} px PNGs and shareguard.ico"
