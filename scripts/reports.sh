#!/usr/bin/env bash
# Writes the engine's JSON report (and the HTML export) for the seed pair and every development
# corpus into OUTDIR, so that two builds can be compared byte for byte after a refactoring:
#   scripts/reports.sh OUTDIR [CLI]  then  diff -r OLD NEW
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:?usage: scripts/reports.sh OUTDIR [CLI]}
cli=${2:-$here/build/app/cli/synoptic-cli}
dev=${SYNOPTIC_DEV_CORPUS:-$here/../shared/corpus/dev}
mkdir -p "$out"
report() {
    local name=$1; shift
    "$cli" compare "$@" --json "$out/$name.json"
    SOURCE_DATE_EPOCH=0 "$cli" compare "$@" --html "$out/$name.html"
}
report seed "$here/tests/data/newszop-nk-troops.txt" "$here/tests/data/ap-nk-fm-russia.txt"
report seed-reversed "$here/tests/data/ap-nk-fm-russia.txt" "$here/tests/data/newszop-nk-troops.txt"
[ -d "$dev" ] || { echo "(no development corpus at $dev)"; exit 0; }
report headlines "$dev"/headlines-2013/headlines-{a,b}.txt
report textreuse "$dev"/textreuse/ny1850-match.txt "$dev"/textreuse/ca1851-match.txt
report textreuse-control "$dev"/textreuse/ny1850-match.txt "$dev"/textreuse/ca1851-nomatch.txt
report frankenstein "$dev"/frankenstein/frankenstein-18{18,31}.txt
for article in helen-keller history-of-wikipedia hawaiian-language; do
    report "wikipedia-$article" "$dev/wikipedia/$article"-v*.txt
done
for cluster in "$dev"/cstnews/c*/; do
    report "cstnews-$(basename "$cluster")" "$cluster"d*.txt
done
echo "reports written to $out"
