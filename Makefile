# Telltale. `make serve` builds and serves the page; `make test` runs every test.
# Both install what they need on a fresh machine (scripts/setup.sh), skipping what is there.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PORT ?= 8080
WASM := target/wasm32-unknown-unknown/wasm/telltale.wasm
WASM_OPT := node_modules/.bin/wasm-opt
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue --enable-simd

.PHONY: all setup setup-test wasm dist serve test test-native test-wasm test-e2e golden fixtures bench clean

all: dist

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

# The wasm module for the page: cargo, then wasm-bindgen (no-modules glue for the worker),
# then binaryen's wasm-opt from npm (Debian's wasm-opt emits broken modules: see TOOLCHAIN.md).
wasm: setup
	cargo build --target wasm32-unknown-unknown --profile wasm -p telltale --lib
	wasm-bindgen --target no-modules --no-typescript --out-dir build/pkg $(WASM)
	$(WASM_OPT) -Oz $(WASM_FEATURES) build/pkg/telltale_bg.wasm -o build/pkg/telltale_bg.wasm

# The static site: dist/ (any static host serves it).
dist: wasm
	node scripts/build-dist.mjs

serve: dist
	node scripts/serve.mjs dist $(PORT)

# Every test: native (unit, corpus, CLI, golden), wasm in headless Chromium, browser end-to-end.
test: setup-test dist test-native test-wasm test-e2e

test-native:
	cargo test --workspace

test-wasm:
	CHROMEDRIVER=$$(command -v chromedriver) WASM_BINDGEN_TEST_TIMEOUT=120 \
	  cargo test -p telltale --target wasm32-unknown-unknown --test wasm

test-e2e: setup-test
	cargo build --release -p telltale --bin telltale
	node --test --test-reporter=spec tests/e2e/ tests/tools/

# Rewrite the golden reports (and README's rules table) after an intended change; review the diff.
golden:
	UPDATE_GOLDEN=1 cargo test -p telltale --test corpus --test cli

# Regenerate fixtures from the real tools (stegsnow, stegcloak) and the sample generators.
fixtures: setup-test
	node tests/corpus/gen/generate.mjs

bench: setup-test dist
	bash bench/run.sh

clean:
	rm -rf build dist target
