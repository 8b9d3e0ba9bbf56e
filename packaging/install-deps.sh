#!/usr/bin/env bash
# Installs what Whyboard needs to build, test and export on Debian 12.
# Idempotent: does nothing when every package is already installed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache lld pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n
  libgl-dev libvulkan-dev
  fonts-dejavu-core fonts-noto-core
  libsqlite3-dev zlib1g-dev
  xvfb xauth poppler-utils qpdf
  # hostile exports are checked by the tools that read them: xmllint, and GitHub's Markdown renderer
  libxml2-utils cmark-gfm
  # the sanitized build and the fuzzers: clang, its libFuzzer/ASan/UBSan runtimes, the symbolizer
  clang-14 libclang-rt-14-dev llvm-14
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
