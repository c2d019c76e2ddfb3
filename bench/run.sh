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
node bench/browser.mjs | tee bench/results/browser-text.txt
python3 bench/summarize.py bench/results
