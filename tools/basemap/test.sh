#!/usr/bin/env bash
# Test data/basemap/ (and, when the sources are fetched, that rebuilding gives the same bytes).
# Usage: tools/basemap/test.sh [pytest args]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"
if [ ! -x .venv/bin/python ]; then
  "${PYTHON:-python3}" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
exec .venv/bin/python -m pytest -q test_basemap.py "$@"
