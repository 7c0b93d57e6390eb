# The two commands of the README: `make run` and `make test`. Each installs what it lacks.
SHELL := bash
export PATH := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(CURDIR)/node_modules/.bin:$(PATH)
PORT ?= 8080

.PHONY: run test bless build build-debug build-bench setup-build setup-test test-tidy test-native test-wasm test-budget test-e2e bench fuzz eval

## Build the release bundle into dist/ and serve it on http://127.0.0.1:$(PORT).
run: setup-build build
	@echo
	@echo "Rassegna is ready: open http://127.0.0.1:$(PORT)/ (Ctrl-C stops the server)"
	@python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

## Every test: tidy checks (fmt, clippy, docs, scratch files) first, as they are fast; engine,
## CLI and app natively; a component in headless Chromium; e2e on dist/.
test: setup-test test-tidy test-native test-wasm build test-budget build-debug test-e2e

## Rewrite the golden files (crates/*/tests/expect/) with the current output; review `git diff`.
bless:
	UPDATE_EXPECT=1 cargo test --workspace --locked

build:
	trunk build --release

# The debug build, for the e2e tests of what release builds leave out (the failure drill).
build-debug:
	trunk build --dist dist-debug

setup-build:
	@scripts/setup build

setup-test:
	@scripts/setup test

test-tidy:
	scripts/tidy

test-native:
	cargo test --workspace --locked

test-wasm:
	cargo test --target wasm32-unknown-unknown --locked --test web

# The CLI first: the walkthrough runs it on a review file downloaded from the app.
test-e2e:
	cargo build --locked --quiet -p rassegna-cli
	npx playwright test

# The byte budget of the first view (bench/budget.json), on the release build.
test-budget:
	node bench/bytes.mjs dist --check

## Every performance figure in one table: bytes, load race, interaction at 10,000 and 100,000
## quotations, extraction throughput, memory. Not part of `make test`: timings are noisy.
bench: setup-test build build-bench
	cargo build --profile native --locked -p rassegna-bench -p rassegna-cli
	node bench/run.mjs

# The app over synthetic corpora (src/bench.rs): the `bench` feature, never shipped. index.html
# asks Trunk for the first module without default features, which Trunk's --all-features does not
# override (the bench page was the plain example and its figures missing): the bench page is built
# from a copy that asks for every feature.
build-bench:
	sed 's/data-cargo-no-default-features/data-cargo-all-features/' index.html > index-bench.tmp.html
	grep -q data-cargo-all-features index-bench.tmp.html || { rm -f index-bench.tmp.html; \
	  echo "build-bench: index.html no longer says data-cargo-no-default-features; update the Makefile"; exit 1; }
	trunk build --release --dist dist-bench index-bench.tmp.html; status=$$?; rm -f index-bench.tmp.html; exit $$status

## Coverage-guided fuzzing of the engine (nightly + cargo-fuzz), FUZZ_SECONDS per target.
## Not part of `make test`: tests/robustness.rs runs a bounded property test of the same pipeline.
FUZZ_SECONDS ?= 600
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo +nightly install cargo-fuzz --locked
	mkdir -p fuzz/corpus/document fuzz/corpus/pipeline
	cp documents/*.txt fuzz/corpus/document/ && cp documents/*.txt fuzz/corpus/pipeline/
	cd fuzz && for target in document pipeline; do \
	  cargo +nightly fuzz run $$target -O corpus/$$target -- -dict=italian.dict -max_len=4096 \
	    -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 -print_final_stats=1 || exit 1; \
	done

## Attribution scores on the development corpus (corpus/attribution/): quotation precision,
## recall and F1, speaker accuracy, wrong speakers and abstentions, by phenomenon, and what is
## not right. `make test` runs the same test and fails below its floors.
eval:
	cargo test --locked -p rassegna-engine --test attribution -- --nocapture attribution_holds_its_floors
	cargo test --locked -p rassegna-engine --test stance_eval -- --nocapture stances_hold_their_floors
