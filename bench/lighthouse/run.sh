#!/usr/bin/env bash
# make bench-lighthouse: builds sipplay and the go-app hello world with the same
# wasm recipe, serves both the same way (static files, precompressed gzip), and
# runs run.mjs on them. Needs Node 20, npm and Debian's chromium.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

[ -d bench/lighthouse/node_modules/lighthouse ] || npm ci --prefix bench/lighthouse --no-audit --no-fund

make -s build DIST="$work/app" >/dev/null
mkdir -p "$work/hello/web"
make -s wasm PKG=./e2e/testdata/hello OUT="$work/hello/web/app.wasm"
go run ./e2e/testdata/hello -out "$work/hello"
for site in app hello; do
  find "$work/$site" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.html' -o -name '*.css' -o -name '*.webmanifest' -o -name '*.svg' \) \
    -exec gzip -9 -k -f {} \;
done

go build -o "$work/serve" ./internal/serve
"$work/serve" -dir "$work/app" -addr 127.0.0.1:18081 & pids+=($!)
"$work/serve" -dir "$work/hello" -addr 127.0.0.1:18082 & pids+=($!)
for port in 18081 18082; do
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done
done

node bench/lighthouse/run.mjs http://127.0.0.1:18081/ http://127.0.0.1:18082/
