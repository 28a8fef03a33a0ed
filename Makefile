# sipplay — see README.md. Every target does its own set-up on a machine with Go.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := test

GO      ?= go
BASE    ?=
DIST    ?= dist
ADDR    ?= localhost:8080
FUZZTIME ?= 10m
# The Go packages holding benchmarks that have budgets in bench/*.txt.
BENCH_PKGS ?= ./sipuri ./twiml ./calls ./app/... ./e2e

.PHONY: test vet check-wasm-exec unit build run bench fuzz clean

## test: formatting, vet, the wasm_exec.js check, unit tests with the fuzz seed corpora, browser tests.
test: check-wasm-exec vet build unit

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
	SIPPLAY_DIST=$(CURDIR)/$(DIST) $(GO) test -count=1 ./...

## build: the deployable static site in $(DIST)/ (BASE=/sub/path for hosting under a sub-path).
build:
	@echo "build: the static site generator lands with the playground app (issue 5)"

## run: build the site and serve it on http://$(ADDR).
run: build
	@echo "run: the static server lands with the playground app (issue 5)"

## bench: benchmarks with budgets; fails when a budget in bench/*.txt is broken.
bench:
	$(GO) test -run '^$$' -bench . -benchmem -count=1 $(BENCH_PKGS) | $(GO) run ./internal/benchcheck bench/*.txt

## fuzz: run one fuzz target, e.g. make fuzz PKG=./sipuri TARGET=FuzzParse FUZZTIME=10m
fuzz:
	$(GO) test -run '^$$' -fuzz '^$(TARGET)$$' -fuzztime $(FUZZTIME) $(PKG)

clean:
	rm -rf $(DIST)
