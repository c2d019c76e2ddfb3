# Telltale. `make serve` builds and serves the page; `make test` runs every test.
# Both install what they need on a fresh machine (scripts/setup.sh), skipping what is there.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PORT ?= 8080
WASM := target/wasm32-unknown-unknown/wasm/telltale.wasm
WASM_OPT := node_modules/.bin/wasm-opt
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue --enable-simd

.PHONY: all setup setup-test setup-fuzz wasm npm dist serve test test-native test-wasm test-e2e golden fixtures bench fuzz fuzz-seeds clean

all: dist

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

setup-fuzz:
	@scripts/setup.sh fuzz

# The page's two wasm modules: cargo, then wasm-bindgen (no-modules glue for the worker), then
# binaryen's wasm-opt from npm (Debian's wasm-opt emits broken modules: see TOOLCHAIN.md).
#  - build/pkg/text: the text checker alone (no `files` feature), the page's first load;
#  - build/pkg/files: everything (archives, executables, documents, code understanding with oxc
#    and Boa), loaded on the first file (global `telltale_files` in the worker).
wasm: setup
	cargo build --target wasm32-unknown-unknown --profile wasm -p telltale --lib --no-default-features
	wasm-bindgen --target no-modules --no-typescript --out-dir build/pkg/text $(WASM)
	$(WASM_OPT) -Oz --converge --strip-producers $(WASM_FEATURES) build/pkg/text/telltale_bg.wasm -o build/pkg/text/telltale_bg.wasm
	cargo build --target wasm32-unknown-unknown --profile wasm -p telltale --lib
	wasm-bindgen --target no-modules --no-typescript --no-modules-global telltale_files --out-dir build/pkg/files $(WASM)
	$(WASM_OPT) -Oz $(WASM_FEATURES) build/pkg/files/telltale_bg.wasm -o build/pkg/files/telltale_bg.wasm

# The engine as an npm package (build/npm/telltale-engine-VERSION.tgz): wasm-pack's `nodejs` and
# `web` targets over the same cargo build as the page's file module (profile wasm, all features),
# the wasm optimised once with binaryen's wasm-opt from npm, then scripts/build-npm.mjs.
npm: wasm
	PATH="$(CURDIR)/node_modules/.bin:$$PATH" wasm-pack build crate --profile wasm --target nodejs \
	  --out-dir ../build/npm/node --out-name telltale --no-pack --no-opt
	PATH="$(CURDIR)/node_modules/.bin:$$PATH" wasm-pack build crate --profile wasm --target web \
	  --out-dir ../build/npm/web --out-name telltale --no-pack --no-opt
	cmp -s build/npm/node/telltale_bg.wasm build/npm/web/telltale_bg.wasm
	$(WASM_OPT) -Oz $(WASM_FEATURES) build/npm/web/telltale_bg.wasm -o build/npm/web/telltale_bg.wasm
	cp build/npm/web/telltale_bg.wasm build/npm/node/telltale_bg.wasm
	node scripts/build-npm.mjs

# The static site: dist/ (any static host serves it).
dist: wasm
	node scripts/build-dist.mjs

serve: dist
	node scripts/serve.mjs dist $(PORT)

# Every test: native (unit, corpus, CLI, golden), wasm in headless Chromium, browser end-to-end.
test: setup-test dist npm test-native test-wasm test-e2e

test-native:
	cargo test --workspace

test-wasm:
	CHROMEDRIVER=$${CHROMEDRIVER:-$$(command -v chromedriver)} WASM_BINDGEN_TEST_TIMEOUT=120 \
	  cargo test -p telltale --target wasm32-unknown-unknown --test wasm

test-e2e: setup-test
	cargo build --release -p telltale --bin telltale
	node --test --test-reporter=spec tests/e2e/ tests/tools/ tests/npm/

# Rewrite the golden reports (and README's rules table) after an intended change; review the diff.
golden:
	UPDATE_GOLDEN=1 cargo test -p telltale --test corpus --test cli

# Regenerate fixtures from the real tools (stegsnow, stegcloak) and the sample generators.
fixtures: setup-test
	node tests/corpus/gen/generate.mjs

# Fuzz every target for FUZZ_SECONDS each (nightly + cargo-fuzz; not part of `make test`).
# Seeds: target/fuzz-corpus/<target>/ (scripts/fuzz-seeds.sh); crashes: crate/fuzz/artifacts/.
# A crash, once fixed, goes to tests/fuzz-regressions/<target>/ (run by `make test`).
# ASan's quarantine of freed memory (256 MB by default) would by itself push a long run past
# the 512 MB limit: it is kept at 64 MB so that the limit catches real growth.
FUZZ_SECONDS ?= 60
export ASAN_OPTIONS ?= quarantine_size_mb=64
FUZZ_TARGETS ?= check_bytes decoders fast_diff containers scan documents code
fuzz: setup-fuzz fuzz-seeds
	cd crate && failed=""; for t in $(FUZZ_TARGETS); do \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  cargo +nightly fuzz run $$t $(CURDIR)/target/fuzz-corpus/$$t -- \
	    -dict=$(CURDIR)/crate/fuzz/fuzz.dict -max_total_time=$(FUZZ_SECONDS) \
	    -rss_limit_mb=512 -timeout=10 -print_final_stats=1 || failed="$$failed $$t"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: failures in:$$failed (inputs in crate/fuzz/artifacts/)"; exit 1; fi

fuzz-seeds:
	scripts/fuzz-seeds.sh

bench: setup-test dist
	bash bench/run.sh

clean:
	rm -rf build dist target
