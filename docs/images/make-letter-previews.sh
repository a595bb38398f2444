#!/usr/bin/env bash
# Regenerates docs/images/letters-*.png: the first page of each layout, from the demo sandbox's
# fictional pupils (seed 1). Usage: docs/images/make-letter-previews.sh [build dir]
# letters-parents-*.png and distribution-sheet-parents.png were rendered through LetterRenderer
# before the CLI made parents' letters; once `letters --guardians` exists, make them here too.
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
for layout in official 2up 4up; do
  "$build/bin/educonnect-admin" letters --demo --demo-dir "$work/sandbox" --data-dir "$work/data" \
    --class "6e A" --layout "$layout" --qr --output "$work/$layout.pdf" --lang en >/dev/null
  pdftoppm -r 70 -png -singlefile -f 1 -l 1 "$work/$layout.pdf" "$here/letters-$layout"
done
"$build/bin/educonnect-admin" letters --demo --demo-dir "$work/sandbox" --data-dir "$work/data" \
  --class "6e A" --distribution-sheet --output "$work/sheet.pdf" --lang en >/dev/null
pdftoppm -r 70 -png -singlefile -f 1 -l 1 "$work/sheet.pdf" "$here/distribution-sheet"
ls -l "$here"/*.png
