#!/usr/bin/env bash
# `npm run bench`: builds native + wasm (incremental), then runs every layer on one corpus.
#   scripts/bench.sh [--mb=64]     (arguments go to bench/run.js)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/build.sh" all
exec node "$root/bench/run.js" "$@"
