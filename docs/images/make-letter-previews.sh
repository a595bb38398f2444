#!/usr/bin/env bash
# Regenerates docs/images/*.png: the first page of each layout, for pupils and for parents, and the
# distribution sheets, from the demo sandbox's fictional people (seed 1).
# Usage: docs/images/make-letter-previews.sh [build dir]
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
for layout in official 2up 4up; do
  "$build/bin/educonnect-admin" letters --demo --demo-dir "$work/sandbox" --data-dir "$work/data" \
    --class "5e A" --guardians --layout "$layout" --output "$work/parents-$layout.pdf" --lang en >/dev/null
  pdftoppm -r 70 -png -singlefile -f 1 -l 1 "$work/parents-$layout.pdf" "$here/letters-parents-$layout"
done
"$build/bin/educonnect-admin" letters --demo --demo-dir "$work/sandbox" --data-dir "$work/data" \
  --class "5e A" --guardians --distribution-sheet --output "$work/parents-sheet.pdf" --lang en >/dev/null
pdftoppm -r 70 -png -singlefile -f 1 -l 1 "$work/parents-sheet.pdf" "$here/distribution-sheet-parents"
ls -l "$here"/*.png
