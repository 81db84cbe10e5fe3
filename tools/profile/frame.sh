#!/usr/bin/env bash
# Counts the instructions of the measured frames of one `benches/frame.rs` scenario with
# callgrind (steady on a noisy machine, unlike wall time) and prints the most expensive
# functions, inclusive, per frame.
#
#   tools/profile/frame.sh "default story, scrubbing" [lines]
#   tools/profile/frame.sh --diff "default story, settled" "default story, scrubbing" [lines]
#
# Raw profiles are left in target/callgrind/ for callgrind_annotate or kcachegrind.
# Note: valgrind counts each byte that `rep movsb` copies as an instruction, so large memcpy
# calls look heavier here than they are in wall time.
set -euo pipefail
cd "$(dirname "$0")/../.."
frames=100

bench=$(CARGO_PROFILE_BENCH_DEBUG=line-tables-only cargo bench --bench frame --no-run --message-format=json 2>/dev/null |
  python3 -c 'import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "frame" and m.get("executable"):
        print(m["executable"])')

# Profiles one scenario; prints the path of its per-function table (inclusive instructions per frame).
profile() {
  local scenario=$1 slug
  slug=$(tr -c 'a-zA-Z0-9\n' '-' <<<"$scenario")
  mkdir -p target/callgrind
  FRAME_BENCH_FRAMES=$frames valgrind --tool=callgrind --callgrind-out-file="target/callgrind/$slug.out" \
    --toggle-collect='frame::Runner::measured*' "$bench" "$scenario" >&2 2>/dev/null
  callgrind_annotate --inclusive=yes "target/callgrind/$slug.out" 2>/dev/null |
    python3 -c 'import re, sys
frames = int(sys.argv[1])
for line in sys.stdin:
    m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)", line)
    if m and "=>" not in m.group(2):
        name = re.sub(r"/root/.cargo/registry/src/[^/]+/", "", m.group(2))
        name = re.sub(r" \[[^]]*\]$", "", name)
        print(int(m.group(1).replace(",", "")) // frames, name, sep="\t")' "$frames" >"target/callgrind/$slug.tsv"
  echo "target/callgrind/$slug.tsv"
}

if [[ ${1:-} == --diff ]]; then
  a=$(profile "${2:?first scenario}")
  b=$(profile "${3:?second scenario}")
  python3 - "$a" "$b" "${4:-50}" <<'PY'
import sys
def load(path):
    table = {}
    for line in open(path):
        count, name = line.rstrip("\n").split("\t", 1)
        table[name] = max(table.get(name, 0), int(count))
    return table
a, b, lines = load(sys.argv[1]), load(sys.argv[2]), int(sys.argv[3])
print(f"instructions per frame: {a.get('PROGRAM TOTALS', 0):,} -> {b.get('PROGRAM TOTALS', 0):,}")
rows = sorted(set(a) | set(b), key=lambda n: -abs(b.get(n, 0) - a.get(n, 0)))
for name in rows[:lines]:
    print(f"{b.get(name, 0) - a.get(name, 0):>+12,} {a.get(name, 0):>12,} {b.get(name, 0):>12,}  {name[:150]}")
PY
else
  table=$(profile "${1:?which scenario (a part of its name in benches/frame.rs)}")
  echo "instructions per frame, inclusive:"
  grep -v "/rustc/" "$table" | head -n "${2:-60}" | python3 -c 'import sys
for l in sys.stdin:
    n, name = l.rstrip().split("\t", 1)
    print(f"{int(n):>12,}  {name[:160]}")'
fi
