#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the dependencies, builds the app (Release, in build-release/) and opens it on the default library (or on "$@").
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DWHYBOARD_FORCE_ASSERTS=OFF
cmake --build build-release --target whyboard
exec ./build-release/app/whyboard "$@"
