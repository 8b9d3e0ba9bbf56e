#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes each target of a build made with -DWHYBOARD_FUZZ=ON for a bounded time, on a copy of
# its seed corpus (the tree is never written). A crash, a leak, undefined behaviour, a hang past
# -timeout or a run past the memory limit stops with a non-zero status; libFuzzer prints the
# stack and the reproducer's path (kept in BUILD/fuzz-artifacts/).
#   usage: run-fuzzers.sh BUILD_DIR [SECONDS_EACH] [TARGET...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/../../fixtures"
build="$(cd "${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS_EACH] [TARGET...]}" && pwd)"
seconds="${2:-60}"
shift $(( $# >= 2 ? 2 : 1 ))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(fuzz_sessionjson fuzz_chatlog fuzz_library fuzz_timelineimport); fi

# The seeds of each target: its own folder plus the fixtures a user's files look like.
seeds_of() {
  case "$1" in
    fuzz_sessionjson) echo "$here/seeds/$1 $fixtures/json $fixtures/examples" ;;
    *) echo "$here/seeds/$1" ;;
  esac
}

status=0
# Every session the importer or the library accepts must also keep the limits (an independent
# copy of them, targets/sessionbounds.h): a value past them that gets through is a finding.
export WHYBOARD_FUZZ_BOUNDS=1

for target in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$target"
  artifacts="$build/fuzz-artifacts/$target"
  rm -rf "$corpus" "$artifacts"
  mkdir -p "$corpus" "$artifacts"
  for seed in $(seeds_of "$target"); do
    cp "$seed"/* "$corpus"/
  done
  options=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10
           -print_final_stats=1 -artifact_prefix="$artifacts/")
  if [ -f "$here/$target.dict" ]; then options+=(-dict="$here/$target.dict"); fi
  echo "== $target: ${seconds}s on $(ls "$corpus" | wc -l) seeds"
  if ! nice "$build/tests/fuzz/targets/$target" "${options[@]}" "$corpus" > "$build/fuzz-artifacts/$target.log" 2>&1; then
    status=1
    echo "!! $target found a fault; its log ends:"
    tail -n 60 "$build/fuzz-artifacts/$target.log"
    for reproducer in "$artifacts"/*; do
      [ -f "$reproducer" ] || continue
      echo "-- reproducer $reproducer ($(stat -c %s "$reproducer") bytes), gzip | base64:"
      head -c 1000000 "$reproducer" | gzip -9 | base64
    done
  else
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)|^Done" "$build/fuzz-artifacts/$target.log" || true
  fi
done
exit $status
