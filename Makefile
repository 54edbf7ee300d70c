# The two commands a newcomer needs: `make serve` and `make test`.
# Every target installs what it is missing first (scripts/bootstrap).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM := wasm32-unknown-unknown

.PHONY: bootstrap test fmt clippy test-native test-wasm test-e2e dist serve bench mutants

bootstrap:
	@scripts/bootstrap

test: bootstrap fmt clippy test-native test-wasm test-e2e

fmt:
	cargo fmt --all -- --check

clippy:
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target $(WASM) --all-targets -- -D warnings

test-native:
	cargo test

test-wasm:
	cargo test --target $(WASM)

test-e2e: dist
	node --test --test-concurrency=1 tests/e2e/

dist: bootstrap
	@scripts/dist

serve:
	@scripts/bootstrap --serve
	trunk serve --config Trunk.toml

bench: dist
	node bench/run.mjs

# Mutation testing of the pure engine with the native tests. About 30 minutes
# on a 2-core machine, so it is not part of `make test`; results land in
# mutants.out/.
mutants:
	cargo install --locked cargo-mutants
	cargo mutants --file 'src/engine/**/*.rs'
