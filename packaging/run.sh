#!/usr/bin/env bash
# Installs the dependencies, builds the app and opens it on the default library (or on "$@").
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build --target whyboard
exec ./build/app/whyboard "$@"
