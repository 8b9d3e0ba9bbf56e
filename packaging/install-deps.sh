#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Whyboard needs to build, test and export on Debian 12.
# Idempotent: does nothing when every package is already installed.
# PostgreSQL is there for the tests only: packaging/test-postgres.sh starts a throwaway cluster of its
# own, so a fresh install is told not to create (and start) Debian's default cluster.
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
  # a team library on a PostgreSQL server: Qt's driver, and a server for the tests
  libqt6sql6-psql postgresql-15
  # the package check (packaging/check-deb.sh): Debian's and freedesktop's validators, the manual
  # page's reader, and xdg-mime with the shared-mime-info reader it asks on a machine without a desktop
  lintian desktop-file-utils appstream man-db groff-base xdg-utils libfile-mimeinfo-perl dpkg-dev
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

# Before postgresql-common is installed there is no createcluster.conf; written now, it keeps
# postgresql-15's postinst from running initdb for a "main" cluster nobody uses (and from starting
# it where services may start). An existing file is the machine owner's: left alone.
createcluster=/etc/postgresql-common/createcluster.conf
if [[ " ${missing[*]} " == *" postgresql-15 "* ]] && [ ! -e "$createcluster" ]; then
  $SUDO mkdir -p "$(dirname "$createcluster")"
  printf '%s\n' "# Written by Whyboard's packaging/install-deps.sh: its tests start clusters of their own." \
    "# Make one by hand with: pg_createcluster 15 main --start" \
    "create_main_cluster = false" | $SUDO tee "$createcluster" >/dev/null
fi

# sudo drops the environment: pass it on the command line. UCF_FORCE_CONFFOLD keeps the file above
# when postgresql-common installs its own version of it.
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive UCF_FORCE_CONFFOLD=1 \
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
