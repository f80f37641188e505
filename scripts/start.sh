#!/usr/bin/env bash
# `npm start`: set-up, build the wasm module, serve the page on http://localhost:${PORT:-8080}.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/build.sh" wasm
exec node "$root/scripts/serve.js" --port "${PORT:-8080}"
