# The two commands a newcomer needs: `make serve` and `make test`.
# Every target installs what it is missing first (scripts/bootstrap), and
# only what it needs: building and packing need no browser.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM := wasm32-unknown-unknown

.PHONY: bootstrap bootstrap-build locale-gaps test test-chromium fmt clippy test-native test-wasm test-wasm-firefox test-e2e test-engines dist package serve bench size mutants

# Everything `make test` needs, browsers included.
bootstrap:
	@scripts/bootstrap test

# What building dist/ and packing it need: no browser, no driver, no Xvfb.
bootstrap-build:
	@scripts/bootstrap build

# Everything: what the Chromium loop runs, and the wasm tests and the
# end-to-end suite in Firefox and WebKit too. scripts/test-all builds
# dist/ beside the checks and tests, then runs the Chromium end-to-end
# suite beside the Firefox and WebKit ones (scripts/test-browsers).
test: bootstrap
	@scripts/test-all

# The fast day-to-day loop: everything `make test` runs, in Chromium only.
test-chromium: bootstrap fmt clippy test-native test-wasm test-e2e

fmt:
	cargo fmt --all -- --check

# The last run holds the shipped wasm to the size rules in clippy/wasm
# (ARCHITECTURE.md): no std maps or sorts, no Unicode tables.
clippy:
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target $(WASM) --all-targets -- -D warnings
	CLIPPY_CONF_DIR=clippy/wasm cargo clippy --target $(WASM) --lib -- -D warnings

test-native:
	cargo test

test-wasm:
	cargo test --target $(WASM)

# The same wasm tests in Firefox ESR: wasm-bindgen-test-runner prefers
# GECKODRIVER over CHROMEDRIVER; webdriver.json names the Firefox binary.
test-wasm-firefox: bootstrap
	GECKODRIVER=geckodriver cargo test --target $(WASM)

# Two files at a time: much of an e2e test is waiting (on the page, on a
# throttled link, on a timer), so two overlap on two cores. Under a load
# of 9 to 13: 223 tests in 8 min 6 s, against 14 min 43 s one file at a
# time (load 7). On an idle machine the gain is small: 225 tests in
# 7 min 6 s, 720 s of test time. Each file has its own server and browser
# on ports of its own.
test-e2e: bootstrap dist
	node --test --test-concurrency=2 tests/e2e/

# End to end in Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver
# under Xvfb), over plain W3C WebDriver: tests/engines/.
test-engines: bootstrap dist
	node --test --test-concurrency=1 tests/engines/

dist: bootstrap-build
	@scripts/dist

# The release tarball, program-fit-<version>.tgz. It rebuilds dist/ only when
# a source is newer than it, so packing right after `make dist` is quick.
package: bootstrap-build
	@scripts/package

# `make locale-gaps LOCALE=de [CONFIG=my-config.json]`: the texts a locale
# lacks (shown in the default locale instead); see docs/config.md.
locale-gaps:
	@node scripts/locale-gaps.mjs $(LOCALE) $(CONFIG)

# The demo page at http://127.0.0.1:8080, rebuilt and reloaded when a
# source changes; its lead form posts to a local endpoint on port 8081,
# which prints every lead it receives (scripts/serve.mjs).
serve:
	@scripts/bootstrap serve
	node scripts/serve.mjs

bench: bootstrap dist
	node bench/run.mjs

# Where the wasm's bytes go: the top crates and modules by gzipped share
# (TOP=30 for more rows).
size: bootstrap-build
	@scripts/size

# Mutation testing of the pure engine with the native tests, two at a time,
# each mutant built at opt-level 1 (the `mutants` profile in Cargo.toml: a
# build takes ~4 s and the tests ~10 s, where opt-level 0 built in 3 s but
# tested in 30 s), without the widget (the engine's tests do not need it,
# and each build then compiles half as much), and the property tests at
# 24 cases each. Hours on a 2-core machine, so it is
# not part of `make test`; FILES=... narrows it (the plan search and its
# words: FILES='src/engine/advice/search.rs src/engine/text/why.rs').
# Results land in mutants.out/.
FILES ?= src/engine/**/*.rs
mutants:
	@scripts/bootstrap mutants
	PROPTEST_CASES=24 cargo mutants -j 2 --no-default-features --profile mutants $(foreach f,$(FILES),--file '$(f)')
