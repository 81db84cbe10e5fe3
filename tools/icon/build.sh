#!/usr/bin/env bash
# Renders the app's icon (assets/icons/hungary1956.svg) into the PNG sizes desktops use.
# Usage: tools/icon/build.sh   (needs rsvg-convert: Debian's librsvg2-bin)
set -euo pipefail
cd "$(dirname "$0")/../.."
for size in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" assets/icons/hungary1956.svg \
    -o "assets/icons/hungary1956-$size.png"
done
