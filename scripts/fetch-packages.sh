#!/usr/bin/env bash
# Fetch popular packages with `npm pack` into an ignored cache (tests/.cache/packages), for the
# false-positive test (tests/tools/packages.test.mjs): legitimate proxy support, timezone, locale,
# i18n and country-table libraries, CLI helpers, frameworks, official SDKs and a native binary must
# come out clean or notice. Versions are pinned so the test is reproducible; the test keeps the same
# list (and checks that it matches this one). Skips packages already there.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=tests/.cache/packages
mkdir -p "$dir"
PKGS=(
  # proxy support and HTTP clients
  proxy-from-env@2.1.0 axios@1.21.1 undici@7.30.2 https-proxy-agent@9.1.0 http-proxy-agent@9.1.0
  socks-proxy-agent@10.1.0 proxy-agent@8.0.2 global-agent@4.1.3 node-fetch@3.3.2 ws@8.23.0
  # time zones and dates
  moment-timezone@0.6.6 moment@2.31.0 luxon@3.7.2 date-fns-tz@3.2.0 date-fns@4.4.0 @date-fns/tz@1.5.0
  dayjs@1.11.23 spacetime@7.15.0 timezone-support@3.1.0 @vvo/tzdb@6.202.0 countries-and-timezones@3.10.0
  jstz@2.1.1
  # locales, i18n and country tables
  i18next@27.1.5 intl-messageformat@12.1.5 @formatjs/intl-localematcher@0.10.1 react-intl@12.1.6
  i18n-iso-countries@7.14.0 countries-list@3.4.1 country-list@2.4.1 libphonenumber-js@1.13.16
  os-locale@8.0.0 browserslist@4.29.6 caniuse-lite@1.0.30001827
  # environment-reading CLI helpers
  chalk@6.0.1 supports-color@11.0.0 ci-info@4.5.0 commander@15.1.0 yargs@18.2.0 cross-env@10.1.0
  dotenv@18.0.10 debug@4.4.3
  # frameworks and general libraries
  express@5.3.0 react@19.3.1 vue@3.5.45 zod@4.6.7 semver@7.8.6 uuid@14.0.3 @sindresorhus/is@8.1.0
  typescript@7.0.2 lodash@4.18.1
  # official SDKs and a native binary
  openai@6.49.0 @anthropic-ai/sdk@1.14.0 @esbuild/linux-x64@0.28.2
  # found alarming by a review session (see tests/tools/packages.test.mjs)
  postcss@8.5.33 mixpanel-browser@2.83.0 npm@12.2.2 pnpm@12.21.0 systeminformation@5.33.23
  i18n-js@4.5.3
)
# name@version -> the file `npm pack` writes: @scope/name@1.2.3 -> scope-name-1.2.3.tgz
tgz() { local name=${1%@*} ver=${1##*@}; name=${name#@}; echo "${name//\//-}-$ver.tgz"; }
missing=()
for p in "${PKGS[@]}"; do [[ -s "$dir/$(tgz "$p")" ]] || missing+=("$p"); done
if ((${#missing[@]})); then
  # One `npm pack` for everything missing; if that fails, one at a time so a single bad name
  # doesn't block the rest.
  if ! (cd "$dir" && npm pack --silent "${missing[@]}" >/dev/null 2>&1); then
    for p in "${missing[@]}"; do
      [[ -s "$dir/$(tgz "$p")" ]] && continue
      (cd "$dir" && npm pack --silent "$p" >/dev/null 2>&1) || echo "fetch-packages: could not fetch $p" >&2
    done
  fi
fi
if [[ "${1:-}" == "--list" ]]; then printf '%s\n' "${PKGS[@]}"; else ls "$dir"; fi
