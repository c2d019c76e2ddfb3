#!/usr/bin/env bash
# Fetch popular packages with `npm pack` into an ignored cache (tests/.cache/packages), for the
# false-positive test: legitimate proxy support, timezone libraries, official SDKs and a native
# binary must come out clean or notice. Skips packages already there.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=tests/.cache/packages
mkdir -p "$dir"
PKGS=(proxy-from-env axios undici https-proxy-agent moment-timezone luxon date-fns-tz dayjs typescript lodash openai @anthropic-ai/sdk @esbuild/linux-x64)
for p in "${PKGS[@]}"; do
  stem=$(echo "$p" | sed 's/^@//; s/\//-/')
  if ls "$dir/$stem"-*.tgz >/dev/null 2>&1; then continue; fi
  (cd "$dir" && npm pack --silent "$p" >/dev/null 2>&1) || echo "fetch-packages: could not fetch $p" >&2
done
ls "$dir"
