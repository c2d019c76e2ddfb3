#!/usr/bin/env bash
# Install what the build and tests need, skipping whatever is already there.
# Usage: scripts/setup.sh [build|test|fuzz]   (test adds the browser and the steganography tools;
# fuzz needs only the nightly toolchain and cargo-fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
want=${1:-build}
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"

if [ "$want" = fuzz ]; then
  if ! rustup toolchain list | grep '^nightly' >/dev/null; then
    echo "setup: installing the nightly toolchain (cargo-fuzz needs it)"
    rustup toolchain install nightly --profile minimal
  fi
  if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "setup: installing cargo-fuzz (takes a couple of minutes)"
    cargo install cargo-fuzz
  fi
  exit 0
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  echo "setup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
v=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $v\$"; then
  echo "setup: installing wasm-bindgen-cli $v (takes a couple of minutes)"
  cargo install wasm-bindgen-cli --version "$v"   # not --locked: see ../shared/TOOLCHAIN.md
fi

# wasm-pack builds the engine's npm package (make npm); it uses the wasm-bindgen above.
if ! command -v wasm-pack >/dev/null; then
  echo "setup: installing wasm-pack (takes a few minutes)"
  cargo install wasm-pack --locked
fi

# npm dev tools (playwright-core, binaryen's wasm-opt, stegcloak, axe-core): only when missing or stale.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then $SUDO apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}
# xz-utils compresses the page's file module (scripts/build-dist.mjs); Debian and GitHub's
# runners have it, a slim image may not.
if [ "$want" != fuzz ] && ! command -v xz >/dev/null; then
  echo "setup: apt-get install xz-utils"
  apt_install xz-utils
fi
# zopfli writes the text module's gzip stream (the first load) 6% smaller than gzip -9; the
# browser inflates it as any gzip. Without it the build falls back to gzip -9.
if [ "$want" != fuzz ] && ! command -v zopfli >/dev/null; then
  echo "setup: apt-get install zopfli"
  apt_install zopfli || echo "setup: zopfli not installed; the text module will be gzip -9"
fi
if [ "$want" = test ]; then
  need=()
  # (GitHub's runners: the CI step points CHROME_PATH/CHROMEDRIVER at the image's Chrome.)
  [ -x "${CHROME_PATH:-}" ] || command -v chromium >/dev/null || need+=(chromium)
  [ -x "${CHROMEDRIVER:-}" ] || command -v chromedriver >/dev/null || need+=(chromium-driver)
  command -v stegsnow >/dev/null || need+=(stegsnow)
  [ -x /usr/bin/time ] || need+=(time)   # peak memory in the 2 GB scan test
  # The benchmarks' reference and timer (make bench).
  command -v rg >/dev/null || need+=(ripgrep)
  command -v hyperfine >/dev/null || need+=(hyperfine)
  # A CJK font so the Chinese page renders (and its screenshots show text, not boxes).
  [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
  if [ ${#need[@]} -gt 0 ]; then
    echo "setup: apt-get install ${need[*]}"
    apt_install "${need[@]}"
  fi
fi
