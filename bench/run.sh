#!/usr/bin/env bash
# Benchmarks, side by side in one run (medians from hyperfine). Writes bench/results/*.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/results tests/.cache/bench
B=tests/.cache/bench
[ -f $B/mixed-1mb.txt ] || python3 bench/gen_text.py 1000000 $B/mixed-1mb.txt
[ -f $B/mixed-50mb.txt ] || python3 bench/gen_text.py 50000000 $B/mixed-50mb.txt
cargo build --release -q -p telltale --bin telltale
T=target/release/telltale
for f in mixed-1mb mixed-50mb; do
  hyperfine --warmup 1 --runs ${RUNS:-7} -N --ignore-failure \
    --export-json bench/results/text-$f.json \
    -n "telltale prompt $f" "$T prompt $B/$f.txt" \
    -n "rg -c -F -f text-patterns $f" "rg -c -F -f bench/text-patterns.txt $B/$f.txt"
done
# Hostile inputs (each ~10-30 MB): linear time and bounded reports, not quadratic blow-ups.
python3 - "$B" <<'PY'
import os, sys
b = sys.argv[1]
def w(n, s):
    p = os.path.join(b, n + ".txt")
    if not os.path.exists(p):
        open(p, "w", encoding="utf-8").write(s)
w("hostile-zw", "\u200b\u200c" * 5_000_000)
w("hostile-bidi-line", "a\u202e" * 3_000_000)
w("hostile-giant-grapheme", "\U0001F600" + "".join(chr(0xE0100 + i % 240) for i in range(3_000_000)))
w("hostile-datelines", "Today\u2019s date is 2026/04/03. " * 400_000)
PY
for f in hostile-zw hostile-bidi-line hostile-giant-grapheme hostile-datelines; do
  hyperfine --warmup 1 --runs ${RUNS:-5} -N --ignore-failure \
    --export-json bench/results/text-$f.json \
    -n "telltale prompt $f" "$T prompt $B/$f.txt" \
    -n "rg -c -F -f text-patterns $f" "rg -c -F -f bench/text-patterns.txt $B/$f.txt"
done
node bench/browser.mjs | tee bench/results/browser-text.txt
# Bundle scanner (issue 3): real-package bundle and a synthetic single-file executable.
bash bench/gen_bundles.sh >/dev/null
for f in bundle-13mb.js exe-240mb.bin; do
  hyperfine --warmup 1 --runs ${RUNS:-5} -N --ignore-failure \
    --export-json bench/results/scan-$f.json \
    -n "telltale scan $f" "$T scan $B/$f" \
    -n "rg --count-matches -F -f bundle-patterns $f" "rg --count-matches -F -f bench/bundle-patterns.txt $B/$f"
done
node bench/browser-ready.mjs | tee bench/results/browser-ready.txt
node bench/browser-scan.mjs $B/bundle-16mb.tgz $B/exe-240mb.tgz | tee bench/results/browser-scan.txt
python3 bench/summarize.py bench/results
