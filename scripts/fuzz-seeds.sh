#!/usr/bin/env bash
# Build the fuzz targets' seed corpora in target/fuzz-corpus/<target>/ (not committed) from the
# repository alone: the test corpus (files under 256 KB), the saved fuzz reproducers, and a few
# synthetic containers. Files libFuzzer already added to a corpus are kept.
# Usage: scripts/fuzz-seeds.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/fuzz-corpus
targets=(check_bytes decoders fast_diff containers scan documents code)
for t in "${targets[@]}"; do mkdir -p "$out/$t"; done

mapfile -t corpus < <(find tests/corpus -type f -size -256k ! -name '*.mjs' | sort)

# seed TARGET NAME: stdin to target/fuzz-corpus/TARGET/seed-NAME
seed() { cat > "$out/$1/seed-$2"; }

for f in "${corpus[@]}"; do
  n=$(echo "$f" | tr / _)
  seed check_bytes "$n" < "$f"
  seed fast_diff "$n" < "$f"
  seed containers "$n" < "$f"
  # decoders: the first byte picks the decoder (13 of them, see telltale::fuzzing::decoders).
  for k in $(seq 0 12); do
    { printf "\\x$(printf %02x "$k")"; cat "$f"; } | seed decoders "$k-$n"
  done
done

# scan: byte 0 picks the wrapping (raw, gzip, tar, zip, tgz, zip in zip, tgz in zip, .tar;
# +128 = deflate in zip), byte 1 splits the rest into two entries when odd. Bundles only.
for f in tests/corpus/bundles/*.js; do
  n=$(basename "$f")
  for k in 0 1 2 3 4 5 6 7 131 133; do
    { printf "\\x$(printf %02x "$k")\\x00"; cat "$f"; } | seed scan "$k-$n"
  done
  { printf '\x04\x81'; cat "$f" "$f"; } | seed scan "two-$n"
done

# Synthetic containers: a Node SEA blob and a Bun module graph, each holding a bundle.
python3 - "$out" tests/corpus/bundles/agent-b64-xor.js <<'EOF'
import struct, sys
out, js = sys.argv[1], open(sys.argv[2], 'rb').read()
name = b'agent.js'
sea = b'\x00' * 64 + b'\x20\xda\x43\x01' + struct.pack('<IQ', 0, len(name)) + name + struct.pack('<Q', len(js)) + js
bun_name = b'/$bunfs/root/agent.js'
blob = bun_name + js
table = struct.pack('<IIII', 0, len(bun_name), len(bun_name), len(js)) + b'\x00' * 36  # one 52-byte record
mo = len(blob)
blob += table
offsets = struct.pack('<QII', len(blob), mo, len(table)) + b'\x00' * 16
bun = b'\x7fELF' + b'\x00' * 60 + blob + offsets + b'\n---- Bun! ----\n'
for t in ('containers', 'scan'):
    pre = b'\x00\x00' if t == 'scan' else b''
    open(f'{out}/{t}/seed-sea.bin', 'wb').write(pre + sea)
    open(f'{out}/{t}/seed-bun.bin', 'wb').write(pre + bun)
EOF

# The document corpus seeds the document readers (first byte: the format, as the harness reads
# it), and the covert-channel fixtures seed code understanding.
# (Office and OpenDocument files are zips; the harness builds its own zips around XML.)
for f in tests/corpus/documents/files/*; do
  case "$f" in
    *.eml) sel=06 ;; *.mbox) sel=07 ;; *.html) sel=08 ;; *.rtf) sel=09 ;; *.pdf) sel=0a ;; *) continue ;;
  esac
  { printf "\\x$sel"; cat "$f"; } > "$out/documents/doc-$(basename "$f")"
done
for f in tests/corpus/bundles/*.js tests/corpus/channels/covert/*.js; do
  [ -f "$f" ] && cp "$f" "$out/code/$(basename "$f")"
done

# Every saved reproducer seeds its own target.
for t in "${targets[@]}"; do
  for f in tests/fuzz-regressions/"$t"/*; do
    if [ -f "$f" ]; then cp "$f" "$out/$t/regression-$(basename "$f")"; fi
  done
done

for t in "${targets[@]}"; do echo "fuzz-seeds: $t: $(ls "$out/$t" | wc -l) files"; done
