#!/usr/bin/env bash
# `npm test`: set-up, build, then every suite: native Catch2, the same Catch2 under wasm/node,
# the JS package and CLI, and the page in Chromium. Stops at the first failing suite.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/build.sh all

echo "== native core tests (Catch2)"
ctest --test-dir build/native --output-on-failure
echo "== wasm core tests (the same Catch2 sources under node)"
ctest --test-dir build/wasm --output-on-failure
echo "== JS package and CLI tests"
node --test tests/js/
echo "== browser tests (Chromium)"
node --test tests/browser/
