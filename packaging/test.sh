#!/usr/bin/env bash
# Installs the dependencies, builds with warnings as errors and assertions on, and runs every
# test offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWHYBOARD_WERROR=ON -DWHYBOARD_FORCE_ASSERTS=ON
cmake --build build
ctest --test-dir build --output-on-failure -j2
