#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the dependencies, builds with warnings as errors and assertions on, and runs every
# test offscreen; the PostgreSQL rows of the tests run against a throwaway PostgreSQL 15 server
# that packaging/test-postgres.sh starts here and that is stopped on exit. When this machine cannot
# run PostgreSQL at all, those rows are skipped with the reason printed; when it should start and
# does not, this fails. Then the hostile-input checks: a second build with clang, AddressSanitizer
# and UndefinedBehaviorSanitizer runs the reliability, storage and damaged-input tests (without the
# PostgreSQL rows: the first run covers them) and replays every fuzzing reproducer, and each
# libFuzzer target fuzzes for 45 seconds (WHYBOARD_FUZZ_SECONDS; 0 skips). Between the two, the
# Debian package is built from the first build and checked (WHYBOARD_SKIP_PACKAGE=1 skips it).
# WHYBOARD_SKIP_SANITIZE=1 stops after the first part.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
# Debug info names the build folder; without this, a clone in another folder would miss the cache.
export CCACHE_NOHASHDIR=1

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWHYBOARD_WERROR=ON -DWHYBOARD_FORCE_ASSERTS=ON
cmake --build build

# Exit 3 means this machine cannot run PostgreSQL (the script says why on stderr); any other failure
# is one. Its stdout holds only the export lines. A signal must not leave a half-started server
# behind: the start ignores signals and runs to its end (about two seconds); a TERM or HUP received
# meanwhile then ends the run through the EXIT trap that stops the server (bash drops a Ctrl-C that
# its child survived: press it again).
pg_interrupted=""
trap 'pg_interrupted=1' INT TERM HUP
pg_errors="$(mktemp)"
pg_status=0
pg_exports="$(trap '' INT TERM HUP; bash packaging/test-postgres.sh 2>"$pg_errors")" || pg_status=$?
pg_reason="$(sed 's/^test-postgres: PostgreSQL cannot be started here: //' "$pg_errors")"
rm -f "$pg_errors"
case "$pg_status" in
  0)
    eval "$pg_exports"
    trap 'bash packaging/test-postgres.sh stop "$WHYBOARD_TEST_PG_DIR"' EXIT
    export WHYBOARD_TEST_PG_REQUIRED=1
    echo "PostgreSQL test server: $WHYBOARD_TEST_PG_URI"
    ;;
  3)
    echo "PostgreSQL tests are skipped: $pg_reason" >&2
    export WHYBOARD_TEST_PG_SKIP="$pg_reason"
    ;;
  *)
    echo "packaging/test-postgres.sh failed (exit $pg_status): $pg_reason" >&2
    exit 1
    ;;
esac
trap 'exit 130' INT
trap 'exit 143' TERM HUP
[ -z "$pg_interrupted" ] || exit 130
ctest --test-dir build --output-on-failure -j2
if [ "$pg_status" = 0 ]; then
  bash packaging/test-postgres.sh stop "$WHYBOARD_TEST_PG_DIR" # the sanitized run does not use it
  trap - EXIT
fi
unset WHYBOARD_TEST_PG_URI WHYBOARD_TEST_PG_TCP_URI WHYBOARD_TEST_PG_REQUIRED PGHOST PGPORT PGUSER PGDATABASE

# The Debian package of this build: lintian, the desktop validators, an install with apt-get, the
# installed program run, the MIME type by content, and the removal (packaging/check-deb.sh).
if [ "${WHYBOARD_SKIP_PACKAGE:-0}" != 1 ]; then bash packaging/check-deb.sh build; fi

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
WHYBOARD_TEST_PG_SKIP="PostgreSQL rows run in the first, unsanitized build" \
  ctest --test-dir build-sanitize --output-on-failure -j2 -L 'reliability|storage|fuzz'

bash tests/fuzz/targets/run-fuzzers.sh build-sanitize "${WHYBOARD_FUZZ_SECONDS:-45}"
