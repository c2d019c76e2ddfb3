#!/usr/bin/env bash
# Builds the bundle-scanner benchmark inputs from real packages (scripts/fetch-packages.sh):
#  - bundle-13mb.js: the JavaScript of lodash, axios, typescript, openai, the Anthropic SDK, luxon,
#    moment-timezone, undici and dayjs joined on one line to 13 MB, with the incident fixture
#    (tests/corpus/bundles/agent-b64-xor.js, newlines removed) at 60%;
#  - exe-240mb.bin: esbuild's native linux-x64 binary repeated to ~240 MB, the 13 MB bundle in the
#    middle (the layout of a single-file executable that embeds its JavaScript);
#  - bundle-16mb.tgz (the bundle and 13 MB of random bytes) and exe-75mb.tgz (the 240 MB file and
#    60 MB of random bytes) for the browser timings, at about the sizes the issue names.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/fetch-packages.sh >/dev/null
B=tests/.cache/bench
mkdir -p $B/x
if [ ! -f $B/bundle-13mb.js ]; then
  rm -rf $B/x/*
  for p in lodash axios typescript openai anthropic-ai-sdk luxon moment-timezone undici dayjs esbuild-linux-x64; do
    mkdir -p $B/x/$p && tar xzf tests/.cache/packages/$p-*.tgz -C $B/x/$p
  done
  python3 - "$B" <<'PY'
import os, sys
b = sys.argv[1]
parts = []
for root, _, files in sorted(os.walk(os.path.join(b, "x"))):
    for f in sorted(files):
        if f.endswith((".js", ".cjs", ".mjs")):
            parts.append(open(os.path.join(root, f), "rb").read().replace(b"\n", b" "))
blob = b" ".join(parts)
while len(blob) < 13_000_000:
    blob += b" " + blob
blob = blob[:13_000_000]
fx = open("tests/corpus/bundles/agent-b64-xor.js", "rb").read().replace(b"\n", b" ")
cut = int(len(blob) * 0.6)
open(os.path.join(b, "bundle-13mb.js"), "wb").write(blob[:cut] + b";" + fx + b";" + blob[cut:])
exe = open(os.path.join(b, "x", "esbuild-linux-x64", "package", "bin", "esbuild"), "rb").read()
out = bytearray()
while len(out) < 113_000_000:
    out += exe
out += open(os.path.join(b, "bundle-13mb.js"), "rb").read()
while len(out) < 240_000_000:
    out += exe
open(os.path.join(b, "exe-240mb.bin"), "wb").write(out[:240_000_000])
open(os.path.join(b, "random-60mb.bin"), "wb").write(os.urandom(60_000_000))
PY
  head -c 13000000 $B/random-60mb.bin > $B/random-13mb.bin
  (cd $B && tar czf bundle-16mb.tgz --transform 's,^,package/,' bundle-13mb.js random-13mb.bin)
  (cd $B && tar czf exe-240mb.tgz exe-240mb.bin)
fi
ls -la $B/*.js $B/*.bin $B/*.tgz
