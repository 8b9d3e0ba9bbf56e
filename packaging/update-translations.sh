#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/whyboard_<lang>.ts from the sources in lib/ and app/.
# Existing translations are kept, also for a string that moved to another class; strings gone
# from the code are dropped; no source locations are stored, so a moved line of code does not
# touch the .ts files.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
if (($#)); then languages=("$@"); else languages=(de fr); fi
for language in "${languages[@]}"; do
    "$lupdate" -silent -locations none -extensions cpp,h \
        -source-language en -target-language "$language" \
        lib app -ts "translations/whyboard_${language}.ts"
done
for language in "${languages[@]}"; do python3 packaging/carry-translations.py "translations/whyboard_${language}.ts"; done
# Report what is left for a translator to do.
for language in "${languages[@]}"; do
    file="translations/whyboard_${language}.ts"
    total=$(grep -c '<message' "$file" || true)
    unfinished=$(grep -c 'type="unfinished"' "$file" || true)
    echo "$file: $total messages, $unfinished unfinished"
done
