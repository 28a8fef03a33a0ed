# sipplay — see README.md. Every target does its own set-up on a machine with Go.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := test

GO      ?= go
BASE    ?=
DIST    ?= dist
ADDR    ?= localhost:8080
FUZZTIME ?= 10m
# How every wasm binary is compiled: app.wasm, and the go-app hello-world that the e2e
# size and load-time budgets compare it with. Inlining is off outside the standard library:
# it costs nothing measurable per keystroke and takes ~70 KB gzip off app.wasm (regexp2,
# which chroma uses, and our own packages inline heavily). The floor is built the same way.
WASM_BUILD = GOOS=js GOARCH=wasm $(GO) build -gcflags='github.com/...=-l' -ldflags='-s -w'
# The Go packages holding benchmarks that have budgets in bench/*.txt.
BENCH_PKGS ?= ./sipuri ./twiml ./highlight ./calls ./callflow ./app/... ./internal/state ./components/... ./e2e

.PHONY: test vet check-wasm-exec unit sdk-go peer-go test-sdk wasm build run screenshot bench bench-go bench-peer bench-lighthouse fuzz clean

## test: formatting, vet, the wasm_exec.js check, unit tests with the fuzz seed corpora, browser tests,
## and the real-SDK checks of the snippets over a sample of requests.
test: check-wasm-exec vet build unit sdk-go peer-go

## vet: gofmt and go vet over every package.
vet:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app/... ./components/...

## check-wasm-exec: fail when wasm_exec.js no longer matches the toolchain's copy.
check-wasm-exec:
	@want="$$($(GO) env GOROOT)/lib/wasm/wasm_exec.js"; \
	  if ! cmp -s wasm_exec.js "$$want"; then \
	    echo "wasm_exec.js differs from $$want ($$($(GO) version)); run: cp \"$$want\" wasm_exec.js"; exit 1; fi; \
	  echo "wasm_exec.js matches $$($(GO) version | cut -d' ' -f3)"

## unit: every Go test, including the seed corpora of the fuzz targets and the e2e browser tests.
unit:
	SIPPLAY_DIST=$(CURDIR)/$(DIST) $(GO) test -count=1 -timeout 20m ./...

## sdk-go: the Go snippets run with twilio-go, a module of its own (e2e/sdk/gosdk) so that
## twilio-go is no dependency of the playground; SIPPLAY_SDK=full runs every request.
sdk-go:
	cd e2e/sdk/gosdk && $(GO) vet ./... && $(GO) test -count=1 -timeout 20m ./...

## peer-go: bench/peer, the benchmark of sipuri against sipgo's parser, a module of its own so
## that sipgo is no dependency of the playground: vet, and its test that both parsers agree.
peer-go:
	cd bench/peer && $(GO) vet ./... && $(GO) test -count=1 ./...

## test-sdk: every real-SDK check of the snippets over the full request set (make test runs a sample).
test-sdk:
	SIPPLAY_SDK=full $(GO) test -count=1 -timeout 40m ./e2e/sdk
	SIPPLAY_SDK=full $(MAKE) sdk-go

## wasm: compile PKG for the browser into OUT with the shipped flags (the e2e tests use it).
wasm:
	$(WASM_BUILD) -o $(OUT) $(PKG)

## build: the deployable static site in $(DIST)/ (BASE=/sub/path for hosting under a sub-path).
build:
	@case "$(DIST)" in ""|/|.|..) echo "build: refusing DIST=$(DIST)"; exit 1;; esac
	rm -rf $(DIST)
	mkdir -p $(DIST)/web
	$(WASM_BUILD) -o $(DIST)/web/app.wasm ./app
	$(GO) run ./app -out $(DIST) -base "$(BASE)" -wasm $(DIST)/web/app.wasm

## run: build the site and serve it on http://$(ADDR).
run: build
	$(GO) run ./internal/serve -dir $(DIST) -addr $(ADDR) -base "$(BASE)"

## screenshot: build the site and let the browser tests save docs/screenshot.png and docs/flow.png (1400x900).
screenshot: build
	SIPPLAY_SCREENSHOT=1 SIPPLAY_DIST=$(CURDIR)/$(DIST) $(GO) test -count=1 -run '^(TestScreenshot|TestFlowScreenshot)$$' ./e2e

## bench: every benchmark with a budget (bench-go, bench-peer, bench-lighthouse); each runs and
## prints its figures even when one before it broke a budget, and bench fails when any did.
bench:
	@failed=""; for t in bench-go bench-peer bench-lighthouse; do \
	  $(MAKE) --no-print-directory $$t || failed="$$failed $$t"; done; \
	  if [ -n "$$failed" ]; then echo "make bench: budgets broken in:$$failed"; exit 1; fi

## bench-go: Go benchmarks; fails when a budget in bench/*.txt is broken.
bench-go:
	$(GO) test -run '^$$' -bench . -benchmem -count=1 $(BENCH_PKGS) | $(GO) run ./internal/benchcheck bench/*.txt

## bench-peer: sipuri.Parse and Check against sipgo's lenient ParseUri on one corpus, in
## interleaved rounds; fails below the ratios in bench/peer/budgets.txt (see the README's Speed).
bench-peer:
	(cd bench/peer && $(GO) test -run '^$$' -bench . -benchmem -benchtime=50ms -count=1 .) | $(GO) run ./internal/benchcheck bench/peer/budgets.txt

## bench-lighthouse: Lighthouse (pinned 12.2.3, mobile preset) on the built site and a go-app hello
## world served the same way, median of 3 runs: TTI and TBT ratios, the longest start-up task,
## accessibility and best practices, each against its budget.
bench-lighthouse:
	bash bench/lighthouse/run.sh

## fuzz: run one fuzz target, e.g. make fuzz PKG=./sipuri TARGET=FuzzURI FUZZTIME=10m
fuzz:
	$(GO) test -run '^$$' -fuzz '^$(TARGET)$$' -fuzztime $(FUZZTIME) $(PKG)

clean:
	rm -rf $(DIST)
