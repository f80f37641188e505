#!/usr/bin/env bash
# Builds everything: native (library, CLI, tests, bench) in build/native and the wasm module
# (wasm/dist/discret.mjs + .wasm) and wasm tests in build/wasm, and the page's worker bundle (web/dist). Incremental; -j2 (the machines have 2 cores).
#   scripts/build.sh [native|wasm|all]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
what=${1:-all}
jobs=${DISCRET_JOBS:-2}
bash "$root/scripts/setup.sh"

if [ "$what" = native ] || [ "$what" = all ]; then
  cmake -S "$root" -B "$root/build/native" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$root/build/native" -j "$jobs"
fi
if [ "$what" = wasm ] || [ "$what" = all ]; then
  # Debian's emscripten needs its node modules (acorn...) on NODE_PATH.
  export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
  if [ ! -f "$root/build/wasm/CMakeCache.txt" ]; then
    emcmake cmake -S "$root" -B "$root/build/wasm" -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  cmake --build "$root/build/wasm" -j "$jobs"
  # The page's file worker: workers cannot use import maps, and the format readers are npm packages,
  # so it is bundled (node-only modules stay out as lazy chunks). The wasm goes beside it, where
  # the bundled loader looks for it (import.meta.url).
  mkdir -p "$root/web/dist"
  (cd "$root" && node_modules/.bin/esbuild web/worker.js --bundle --format=esm --splitting --platform=browser \
    --external:node:* --outdir=web/dist --log-level=warning)
  cp "$root/wasm/dist/discret.wasm" "$root/web/dist/discret.wasm"
fi
