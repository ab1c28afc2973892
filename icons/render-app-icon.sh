#!/usr/bin/env bash
# Renders the application icon's PNG files from its vector source, virtfx.svg, with rsvg-convert
# (Debian package librsvg2-bin). Run it after every change to the SVG and commit the PNG files:
# the build and the installers use them as they are, and IconResourcesTest fails while the
# recorded SHA-256 of the SVG (virtfx.svg.sha256) does not match the SVG.
set -euo pipefail
cd "$(dirname "$0")/src/main/resources/org/virtfx/icons/app"
command -v rsvg-convert >/dev/null || { echo "needs rsvg-convert: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --format png --output "virtfx-$size.png" virtfx.svg
done
sha256sum virtfx.svg | cut -d ' ' -f 1 > virtfx.svg.sha256
