#!/usr/bin/env bash
# Fetch real region-targeting packages with `npm pack` into an ignored cache (tests/.cache/real),
# for tests/tools/realpackages.test.mjs; what each one does is written up in
# tests/tools/REAL-PACKAGES.md. Versions are pinned; skips files already there.
#   - @anthropic-ai/claude-code: 2.1.90 (before), 2.1.91 (the incident: API base URL host and time
#     zone read, two XOR-hidden lists, apostrophe look-alikes and a date separator in the prompt),
#     2.1.198 (after) and the native linux-x64 build of 2.1.198 (about 78 MB).
#   - The 2022 protestware that targets Russian/Belarusian users by time zone, locale or site domain
#     (es5-ext, event-source-polyfill, styled-components, sweetalert2), each with the last version
#     before and, where there is one, the first version after.
#   - Untargeted protest code for contrast (node-ipc 11 with peacenotwar bundled, peacenotwar,
#     nestjs-pino), and node-ipc 10.1.0 from before it. node-ipc 10.1.1/10.1.2 (the IP-geolocation
#     file wiper) and 9.2.2 were unpublished and cannot be fetched.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=tests/.cache/real
mkdir -p "$dir"
PKGS=(
  # the incident's agent package
  @anthropic-ai/claude-code@2.1.90 @anthropic-ai/claude-code@2.1.91 @anthropic-ai/claude-code@2.1.198
  @anthropic-ai/claude-code-linux-x64@2.1.198
  # region-targeted protestware, with the version before and after
  es5-ext@0.10.53 es5-ext@0.10.54 es5-ext@0.10.64
  event-source-polyfill@1.0.25 event-source-polyfill@1.0.26 event-source-polyfill@1.0.31
  styled-components@5.3.4 styled-components@5.3.5 styled-components@5.3.6 styled-components@5.3.7
  sweetalert2@11.4.8 sweetalert2@11.4.9 sweetalert2@11.6.15 sweetalert2@11.22.0 sweetalert2@11.22.4
  @link-loom/react-sdk@1.0.137
  # untargeted protest code, for contrast
  node-ipc@10.1.0 node-ipc@11.1.0 peacenotwar@9.1.7 nestjs-pino@2.5.2
)
# name@version -> the file `npm pack` writes: @scope/name@1.2.3 -> scope-name-1.2.3.tgz
tgz() { local name=${1%@*} ver=${1##*@}; name=${name#@}; echo "${name//\//-}-$ver.tgz"; }
for p in "${PKGS[@]}"; do
  [[ -s "$dir/$(tgz "$p")" ]] && continue
  (cd "$dir" && npm pack --silent "$p" >/dev/null 2>&1) || echo "fetch-real: could not fetch $p" >&2
done
if [[ "${1:-}" == "--list" ]]; then printf '%s\n' "${PKGS[@]}"; else ls "$dir"; fi
