#!/usr/bin/env bash
# Render all watercolour paintings into assets/artwork/ (or $1 if given).
# Creates tools/artwork/.venv with the pinned packages on first run.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/../../assets/artwork}"
PY="${PYTHON:-python3}"
VENV="$HERE/.venv"
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c 'import numpy, PIL, scipy' 2>/dev/null \
   || [ "$HERE/requirements.txt" -nt "$VENV/.installed" ]; then
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$HERE/requirements.txt"
  touch "$VENV/.installed"
fi
# single-threaded BLAS keeps results independent of the machine's thread count
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
"$VENV/bin/python" "$HERE/paint.py" --out "$OUT" --jobs "${JOBS:-2}"
