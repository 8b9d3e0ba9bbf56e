#!/usr/bin/env bash
# Installs the dependencies, builds with warnings as errors and assertions on, and runs every
# test offscreen. Then the hostile-input checks: a second build with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer runs the reliability, storage and damaged-input tests and replays
# every fuzzing reproducer, and each libFuzzer target fuzzes for 45 seconds (WHYBOARD_FUZZ_SECONDS; 0 skips).
# WHYBOARD_SKIP_SANITIZE=1 stops after the first part.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
# Debug info names the build folder; without this, a clone in another folder would miss the cache.
export CCACHE_NOHASHDIR=1

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWHYBOARD_WERROR=ON -DWHYBOARD_FORCE_ASSERTS=ON
cmake --build build
ctest --test-dir build --output-on-failure -j2

if [ "${WHYBOARD_SKIP_SANITIZE:-0}" = 1 ]; then exit 0; fi

# Only what the sanitized run needs: the libraries, the fuzz targets, the tests labelled
# reliability, the storage tests (the library file is what people e-mail each other) and the
# damaged-input test. The whole suite sanitized would take longer than CI allows on 2 cores.
cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
  -DWHYBOARD_WERROR=ON -DWHYBOARD_FORCE_ASSERTS=ON -DWHYBOARD_SANITIZE=address,undefined -DWHYBOARD_FUZZ=ON
sanitized_tests=$(ctest --test-dir build-sanitize -N -L 'reliability|storage|fuzz' | sed -n 's/^ *Test *#[0-9]*: *//p')
targets=()
for test in $sanitized_tests; do
  case "$test" in
    fuzz_*_seeds | fuzz_*_regression_*) ;;
    *) targets+=("$test") ;;
  esac
done
cmake --build build-sanitize --target whyboard fuzz_sessionjson fuzz_chatlog fuzz_library fuzz_timelineimport "${targets[@]}"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/targets/lsan.supp:print_suppressions=0"
export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer # stacks with file and line
ctest --test-dir build-sanitize --output-on-failure -j2 -L 'reliability|storage|fuzz'

bash tests/fuzz/targets/run-fuzzers.sh build-sanitize "${WHYBOARD_FUZZ_SECONDS:-45}"
