#!/usr/bin/env bash
# Builds everything: native (library, CLI, tests, bench) in build/native and the wasm module
# (wasm/dist/discret.mjs + .wasm) and wasm tests in build/wasm. Incremental; -j2 (the machines have 2 cores).
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
fi
