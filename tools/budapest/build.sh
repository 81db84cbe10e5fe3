#!/usr/bin/env bash
# Rebuild data/basemap/budapest.geojson from the sourced table in tools/budapest/features.py.
# Usage: tools/budapest/build.sh   (needs python3 >= 3.10; network for pip only, no data download)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"
if [ ! -x .venv/bin/python ]; then
  "${PYTHON:-python3}" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
.venv/bin/python build.py "$@"
