#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from an existing build folder (default: build/) and checks it the way
# a packager and a desktop would: lintian with no errors or warnings, desktop-file-validate,
# appstreamcli, the manual page under man --warnings; then installs it with apt-get, runs the
# installed program (--version, --help, German --help, --list), checks that a library file is
# recognised by its content, and removes the package again.
# Usage: packaging/check-deb.sh [BUILD_DIR]    (needs root or sudo for apt-get)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
step() { printf '\n== %s\n' "$*"; }

step "package"
cmake --build "$build" --target whyboard whyboard_desktop_files
rm -f "$build"/whyboard_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls "$build"/whyboard_*_*.deb)"
case "$(basename "$deb")" in
  whyboard_*_amd64.deb | whyboard_*_arm64.deb) echo "$deb" ;;
  *) echo "unexpected package name: $deb" >&2; exit 1 ;;
esac
dpkg-deb -f "$deb" Package Version Architecture Section Maintainer Depends Recommends Installed-Size

step "lintian"
# --fail-on error,warning: a warning fails the build as an error does; the tags shown at
# info level are printed for the record.
lintian --fail-on error,warning --display-info --tag-display-limit 0 "$deb"

root="$(mktemp -d)"
home="$(mktemp -d)"
trap 'rm -rf "$root" "$home"' EXIT
dpkg-deb -x "$deb" "$root"

step "desktop-file-validate, appstreamcli, man"
desktop-file-validate "$root"/usr/share/applications/*.desktop
appstreamcli validate --no-net --explain "$root"/usr/share/metainfo/*.metainfo.xml
appstreamcli validate-tree --no-net "$root"
man_warnings="$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
  "$root"/usr/share/man/man1/whyboard.1.gz 2>&1 >/dev/null)"
if [ -n "$man_warnings" ]; then echo "$man_warnings" >&2; exit 1; fi
echo "man: no warnings"

step "install"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
trap '$SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq whyboard >/dev/null || true; rm -rf "$root" "$home"' EXIT
installed=/usr/bin/whyboard
run() { env -i HOME="$home" PATH=/usr/bin:/bin "$@"; }
version="$(run "$installed" --version)"
echo "$version"
[ "$version" = "whyboard $(dpkg-deb -f "$deb" Version)" ] || { echo "--version says: $version" >&2; exit 1; }
help="$(run "$installed" --help)"
[[ "$help" == *--export-pdf* ]] || { echo "--help lacks --export-pdf" >&2; exit 1; }
german="$(run LANGUAGE=de "$installed" --help)"
english="$(run "$installed" --help)"
if [ "$german" = "$english" ]; then echo "LANGUAGE=de whyboard --help is not German" >&2; exit 1; fi
printf "%s\n" "$german" | sed -n 1,3p
run "$installed" --import tests/fixtures/examples/gitlab-database-outage.json "$home/postmortems.whyboard" >/dev/null
listing="$(run "$installed" --list "$home/postmortems.whyboard")"
echo "$listing"
[ "$(echo "$listing" | wc -l)" = 1 ] || { echo "--list did not list the imported session" >&2; exit 1; }
# Before any library exists: --list on the default one says so and creates nothing.
status=0
refusal="$(run "$installed" --list 2>&1 >/dev/null)" || status=$?
echo "$refusal"
[ "$status" = 2 ] && [ -z "$(find "$home" -name '*.whyboard*' ! -name 'postmortems.whyboard*')" ] ||
  { echo "--list on no library: exit $status, or it created files" >&2; exit 1; }

step "MIME type by name and by content"
cp "$home/postmortems.whyboard" "$home/renamed-library"
for file in "$home/postmortems.whyboard" "$home/renamed-library"; do
  type="$(run XDG_DATA_DIRS=/usr/share xdg-mime query filetype "$file")"
  echo "$(basename "$file"): $type"
  [ "$type" = application/x-whyboard-library ] || { echo "not recognised as a library: $file" >&2; exit 1; }
done
printf 'SQLite format 3\0' > "$home/other.sqlite"
head -c 100 /dev/zero >> "$home/other.sqlite"
other="$(run xdg-mime query filetype "$home/other.sqlite")"
[ "$other" != application/x-whyboard-library ] || { echo "another SQLite file is taken for a library" >&2; exit 1; }
[ "$(run xdg-mime query default application/x-whyboard-library)" = org.whyboard.Whyboard.desktop ] ||
  echo "note: no default application for the type here (no desktop's mimeapps.list)"

step "remove"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq whyboard >/dev/null
[ ! -e "$installed" ] || { echo "$installed is still there after removal" >&2; exit 1; }
trap 'rm -rf "$root" "$home"' EXIT
echo "package checks passed: $(basename "$deb")"
