#!/usr/bin/env bash
# Build all paintings twice into temporary directories and check that both
# builds are byte-identical to each other and to the shipped assets.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SHIPPED="$HERE/../../assets/artwork"
T1="$(mktemp -d)"; T2="$(mktemp -d)"
trap 'rm -rf "$T1" "$T2"' EXIT
"$HERE/build.sh" "$T1" >/dev/null
JOBS=1 "$HERE/build.sh" "$T2" >/dev/null
pass=0; fail=0
for f in "$T1"/*.jpg; do
  n="$(basename "$f")"
  a="$(sha256sum < "$f" | cut -d' ' -f1)"
  b="$(sha256sum < "$T2/$n" | cut -d' ' -f1)"
  c="$(sha256sum < "$SHIPPED/$n" 2>/dev/null | cut -d' ' -f1 || true)"
  if [ "$a" = "$b" ] && [ "$a" = "$c" ]; then
    pass=$((pass + 1))
  else
    echo "MISMATCH $n: build1=$a build2=$b shipped=${c:-missing}"
    fail=$((fail + 1))
  fi
done
n_shipped=$(ls "$SHIPPED"/*.jpg | wc -l)
if [ "$n_shipped" -ne "$((pass + fail))" ]; then
  echo "shipped has $n_shipped files, build has $((pass + fail))"; fail=$((fail + 1))
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
