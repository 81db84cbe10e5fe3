#!/usr/bin/env bash
# Test data/basemap/budapest.geojson (geometry, 1956 names, story places, byte-identical rebuild).
# Usage: tools/budapest/test.sh [pytest args]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"
if [ ! -x .venv/bin/python ]; then
  "${PYTHON:-python3}" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
exec .venv/bin/python -m pytest -q test_budapest.py "$@"
