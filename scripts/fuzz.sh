#!/usr/bin/env bash
# `npm run fuzz`: builds the libFuzzer targets (tests/fuzz, clang + ASan + UBSan) in build/fuzz and
# runs each for a bounded time, then the JavaScript readers' fuzzer (tests/fuzz/js-readers.mjs) for
# the same time. docs/fuzzing.md says what each target checks.
#
#   scripts/fuzz.sh [--seconds=60] [TARGET...]     TARGET: rule_pack scan pseudonymize mapping json table js-readers
#                                                          native-tests (the Catch2 suite in the sanitizer build)
#   DISCRET_JOBS=1 scripts/fuzz.sh ...             build with one job (default 2, as scripts/build.sh)
#
# Each C++ target runs with its committed seeds (tests/fuzz/seeds/, read only) plus a corpus of its
# own in build/fuzz/corpus/<target> (new inputs go there and are reused by the next run), a
# dictionary when it has one, -timeout=10 (an input slower than 10 s is a hang) and
# -rss_limit_mb=2048. Any crash, leak, sanitizer report, broken invariant, hang or out-of-memory
# fails the run: the reproducer is written to tests/fuzz/crashes/ and its path printed, the other
# targets still run, and the exit status is 1. Re-run one with: build/fuzz/tests/fuzz/fuzz_<target> FILE
# native-tests (first, a few seconds) runs tests/native under ASan + UBSan: the suite's own inputs
# reach code the fuzzers rarely do, and its own reads are checked too.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=60
targets=()
for arg in "$@"; do
  case "$arg" in
    --seconds=*) seconds=${arg#--seconds=} ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    -*) echo "fuzz: unknown option $arg (see --help)" >&2; exit 2 ;;
    *) targets+=("$arg") ;;
  esac
done
all=(native-tests rule_pack scan pseudonymize mapping json table js-readers)
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "fuzz: unknown target $t (${all[*]})" >&2; exit 2; }
done
jobs=${DISCRET_JOBS:-2}
build=build/fuzz
crashes=tests/fuzz/crashes

# Set-up: the project's packages, plus clang, its libFuzzer/sanitizer runtimes and llvm-symbolizer.
if ! bash scripts/setup.sh fuzz; then
  echo "fuzz: set-up failed (see above). Fuzzing needs clang with libFuzzer: on Debian 12," >&2
  echo "  sudo apt-get install -y clang libclang-rt-14-dev llvm   (or run scripts/setup.sh fuzz as root)" >&2
  exit 2
fi
# The compiler must link a libFuzzer target with both sanitizers (the runtimes come separately).
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf '#include <cstddef>\n#include <cstdint>\nextern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }\n' > "$probe/p.cpp"
if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/p.cpp" -o "$probe/p" 2> "$probe/err"; then
  cat "$probe/err" >&2
  echo "fuzz: clang++ cannot build a libFuzzer target with -fsanitize=fuzzer,address,undefined." >&2
  echo "  On Debian 12: sudo apt-get install -y clang libclang-rt-14-dev llvm   (or scripts/setup.sh fuzz as root)" >&2
  exit 2
fi

cpp=()
for t in "${targets[@]}"; do [ "$t" = js-readers ] || cpp+=("$t"); done
if [ ${#cpp[@]} -gt 0 ]; then
  # Debug: assertions on (nlohmann's, RE2's DCHECKs), at -O1 with the sanitizers (CMakeLists.txt).
  if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S . -B "$build" -DDISCRET_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
  fi
  build_targets=(discret_fuzzers)
  [[ " ${cpp[*]} " != *" native-tests "* ]] || build_targets+=(discret_tests)
  cmake --build "$build" --target "${build_targets[@]}" -j "$jobs"
fi

# Seeds (read only), dictionary and extra flags of each target.
seeds_of() {
  case "$1" in
    pseudonymize) echo tests/fuzz/seeds/scan ;;  # texts, as the scan target's
    *) echo "tests/fuzz/seeds/$1" ;;
  esac
}
dict_of() {
  case "$1" in
    rule_pack) echo tests/fuzz/dict/rule_pack.dict ;;
    scan|pseudonymize|table) echo tests/fuzz/dict/text.dict ;;
    json|mapping) echo tests/fuzz/dict/json.dict ;;
  esac
}

mkdir -p "$crashes" "$build/logs"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
summary=()
for t in "${targets[@]}"; do
  if [ "$t" = native-tests ]; then
    echo "== native-tests (tests/native under ASan + UBSan)"
    log="$build/logs/native-tests.log"
    if "$build/discret_tests" > "$log" 2>&1; then
      summary+=("native-tests: $(grep -E '^All tests passed' "$log" | head -n1)")
    else
      failed+=(native-tests)
      grep -E 'ERROR: AddressSanitizer|runtime error|SUMMARY|FAILED' "$log" | head -n 12 >&2 || true
      summary+=("native-tests: FAILED (see $log)")
    fi
    continue
  fi
  if [ "$t" = js-readers ]; then
    echo "== js-readers (${seconds} s)"
    log="$build/logs/js-readers.log"
    mkdir -p "$build"
    if node tests/fuzz/js-readers.mjs --seconds="$seconds" 2>&1 | tee "$log"; then
      summary+=("js-readers: $(grep -o 'DONE.*no failure' "$log" | head -n1)")
    else
      failed+=(js-readers)
      summary+=("js-readers: FAILED, $(grep -o 'reproducer written to [^ ]*' "$log" | head -n1)")
    fi
    continue
  fi
  echo "== $t (${seconds} s)"
  corpus="$build/corpus/$t"
  log="$build/logs/$t.log"
  mkdir -p "$corpus"
  dict=$(dict_of "$t")
  flags=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
         -artifact_prefix="$crashes/$t-" ${dict:+-dict="$dict"})
  status=0
  "$build/tests/fuzz/fuzz_$t" "${flags[@]}" "$corpus" "$(seeds_of "$t")" > "$log" 2>&1 || status=$?
  last=$(grep -E '^#[0-9]+' "$log" | tail -n1 || true)
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  if [ "$status" -ne 0 ]; then
    failed+=("$t")
    grep -E 'ERROR:|SUMMARY:|FUZZ_CHECK|runtime error|Test unit written to' "$log" | head -n 12 >&2 || true
    artifact=$(grep -o 'Test unit written to [^ ]*' "$log" | head -n1 | sed 's/Test unit written to //')
    echo "fuzz: $t FAILED (exit $status); reproducer: ${artifact:-none written, see $log}" >&2
    [ -z "$artifact" ] || echo "fuzz: re-run with $build/tests/fuzz/fuzz_$t $artifact" >&2
    summary+=("$t: FAILED, reproducer ${artifact:-none (see $log)}")
  else
    echo "$last"
    summary+=("$t: ${execs:-?} executions; last status: $last")
  fi
done

echo "== fuzz summary (${seconds} s per target; logs in $build/logs)"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
