#!/usr/bin/env bash
# Installs what the build needs on Debian (bookworm): system packages, RE2's source, npm packages.
# Idempotent and quiet when everything is present. As root it installs with apt-get; otherwise
# it prints the exact apt-get line and exits 1. Never names a registry host: deb-src entries are
# derived from the machine's own Debian entries.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
third="$here/third_party"

packages=(cmake g++ make emscripten nlohmann-json3-dev catch2 chromium dpkg-dev unicode-data python3-six perl)
# `setup.sh fuzz` (scripts/fuzz.sh, CI): clang with libFuzzer and the sanitizer runtimes (Debian 12:
# clang 14, whose runtimes are in libclang-rt-14-dev), and llvm for llvm-symbolizer (readable stacks).
if [ "${1:-}" = fuzz ]; then packages+=(clang libclang-rt-14-dev llvm); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node may come from elsewhere than Debian (it runs this script via npm); only without it take Debian's.
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)

need_source=0
[ -f "$third/re2/re2/re2.h" ] || need_source=1

as_root() { [ "$(id -u)" -eq 0 ]; }

ensure_deb_src() {
  # apt-get source needs deb-src entries; mirror the machine's deb entries (same URIs and suites).
  local out=/etc/apt/sources.list.d/discret-deb-src.sources
  [ -f "$out" ] && return 0
  if grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ || grep -qs '^deb-src ' /etc/apt/sources.list; then return 0; fi
  : > "$out"
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && [ "$f" != "$out" ] || continue
    grep -q 'debian' "$f" || continue
    sed -e 's/^Types: *deb$/Types: deb-src/' "$f" >> "$out"
    printf '\n' >> "$out"
  done
  if [ -f /etc/apt/sources.list ]; then
    grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' > /etc/apt/sources.list.d/discret-deb-src.list || true
  fi
  apt_updated=0
}

apt_updated=0
apt_update() { [ "$apt_updated" -eq 1 ] || { apt-get update -qq; apt_updated=1; }; }

if [ ${#missing[@]} -gt 0 ]; then
  if as_root; then
    echo "setup: installing ${missing[*]}" >&2
    apt_update
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: missing system packages. Run as root:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

if [ "$need_source" -eq 1 ]; then
  if ! as_root && ! grep -rqs 'deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo "setup: RE2's source needs a deb-src entry in /etc/apt/sources.list.d (same URIs as your deb entry), then re-run." >&2
    exit 1
  fi
  as_root && { ensure_deb_src; apt_update; }
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source -qq re2 >/dev/null 2>&1) || { echo "setup: 'apt-get source re2' failed" >&2; exit 1; }
  src=$(find "$tmp" -maxdepth 1 -mindepth 1 -type d -name 're2-*' | head -n1)
  # Debian's source lacks three generated Unicode tables; generate them as RE2's own Makefile would.
  (cd "$src" && perl re2/make_perl_groups.pl > re2/perl_groups.cc \
     && python3 re2/make_unicode_casefold.py > re2/unicode_casefold.cc \
     && python3 re2/make_unicode_groups.py > re2/unicode_groups.cc)
  mkdir -p "$third"
  rm -rf "$third/re2"
  mv "$src" "$third/re2"
  rm -rf "$tmp"
  echo "setup: RE2 source ready in third_party/re2" >&2
fi

# npm packages: build and test tools, and the package's few runtime dependencies (smol-toml, hyparquet,
# fflate, nanotar, ignore).
if [ ! -f "$here/node_modules/.package-lock.json" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
