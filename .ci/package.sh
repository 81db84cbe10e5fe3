#!/usr/bin/env bash
# Builds the Debian package with cargo-deb, checks it with the Debian and freedesktop
# validators, unpacks it into a temporary root and starts the installed binary there under
# Xvfb, to a screenshot of its first complete frame.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo deb
deb=$(ls target/debian/hungary1956_*.deb)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/hu.hungary1956.Explorer.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/hu.hungary1956.Explorer.metainfo.xml"
lintian --fail-on error "$deb"
LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1920x1080x24" \
  "$root/usr/bin/hungary1956" --screenshot "$root/first-frame.png" --size 1280x800
test -s "$root/first-frame.png"
echo "package: $deb installs and starts"
