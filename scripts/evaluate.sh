#!/usr/bin/env bash
# Scores the engine on the seed pair and on the development corpora beside the checkout
# (../shared/corpus/dev), as reported in README.md. Usage: scripts/evaluate.sh [CLI]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cli=${1:-$here/build/app/cli/synoptic-cli}
dev=${SYNOPTIC_DEV_CORPUS:-$here/../shared/corpus/dev}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
score() { python3 "$here/tests/tools/score.py" "$@"; }

echo "seed pair (tests/data, hand-made gold):"
"$cli" compare "$here/tests/data/newszop-nk-troops.txt" "$here/tests/data/ap-nk-fm-russia.txt" --json "$out/seed.json"
score "$out/seed.json" "$here/tests/data/gold.json"

if [ ! -d "$dev" ]; then
    echo "(no development corpus at $dev)"
    exit 0
fi

echo "headlines-2013 (SemEval STS paraphrases, shuffled, gold):"
"$cli" compare "$dev/headlines-2013/headlines-a.txt" "$dev/headlines-2013/headlines-b.txt" --json "$out/h.json"
score "$out/h.json" "$dev/headlines-2013/gold.json"

# Every CSTNews cluster (independent reports of one event, Portuguese): one line per cluster,
# then the figures pooled over all article pairs of all clusters (each pair weighs the same).
if [ -d "$dev/cstnews" ]; then
    echo "cstnews (independent Brazilian reports of one event, CST gold, per cluster and pooled):"
    : >"$out/cst.lines"
    for cluster in "$dev"/cstnews/c*/; do
        name=$(basename "$cluster")
        "$cli" compare "$cluster"d*.txt --json "$out/c.json"
        line=$(score "$out/c.json" "$cluster/gold.json" || true)
        printf '  %-22s %s\n' "$name" "$line"
        echo "$line" >>"$out/cst.lines"
    done
    python3 - "$out/cst.lines" <<'PY'
import sys
rows = [dict(p.split("=") for p in line.split()) for line in open(sys.argv[1]) if line.strip()]
pairs = sum(int(r["pairs"]) for r in rows)
mean = lambda k: sum(float(r[k]) * int(r["pairs"]) for r in rows) / pairs
p, r = mean("P"), mean("R")
print(f"  pooled ({len(rows)} clusters, {pairs} pairs): P={p:.2f} R={r:.2f} F1={mean('F1'):.2f} "
      f"unique={mean('unique'):.2f} kind={mean('kind'):.2f} (F1 of pooled P,R {2 * p * r / (p + r) if p + r else 0:.2f})")
PY
fi

summary() {
    python3 - "$1" <<'PY'
import json, sys, collections
r = json.load(open(sys.argv[1]))
kinds = collections.Counter(l["kind"] for l in r["links"])
shares = " | ".join(f"{d['words']}w {d['matching']:.2f}/{d['divergent']:.2f}/{d['unique']:.2f}" for d in r["stats"]["documents"])
sim = r["stats"]["similarity"]
print(f"  links {len(r['links'])} ({dict(kinds)}), rows {len(r['rows'])}, similarity[0][1] {sim[0][1]:.2f}")
print(f"  per document words matching/divergent/unique: {shares}")
PY
}

echo "textreuse: NY 1850 code vs California 1851 code (borrowed sections):"
"$cli" compare "$dev/textreuse/ny1850-match.txt" "$dev/textreuse/ca1851-match.txt" --json "$out/t1.json"
summary "$out/t1.json"
echo "textreuse negative control: NY 1850 vs an unrelated California section:"
"$cli" compare "$dev/textreuse/ny1850-match.txt" "$dev/textreuse/ca1851-nomatch.txt" --json "$out/t2.json"
summary "$out/t2.json"

echo "frankenstein 1818 vs 1831 (two editions, ~74k words each):"
start=$(date +%s.%N)
"$cli" compare "$dev/frankenstein/frankenstein-1818.txt" "$dev/frankenstein/frankenstein-1831.txt" --json "$out/f.json"
end=$(date +%s.%N)
summary "$out/f.json"
echo "  import + align + JSON: $(python3 -c "print(f'{$end-$start:.2f}')") s"

for article in helen-keller history-of-wikipedia hawaiian-language; do
    echo "wikipedia $article (all versions, N-way):"
    "$cli" compare "$dev/wikipedia/$article"-v*.txt --json "$out/w.json"
    summary "$out/w.json"
done
