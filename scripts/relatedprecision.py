#!/usr/bin/env python3
"""How many related links (synoptic-cli --related) each CSTNews cluster gets, and the share of
them that pair sentences the gold relates in any way (a gold link or an optional pair: any CST
relation that makes two sentences about the same thing).

A related link's two sentences count as related by the gold when some gold entry of that pair of
articles has an aText and a bText that each contain, or lie inside, the link's sentence on that
side (gold joins some neighbouring sentences into one group).

  scripts/relatedprecision.py [--cli build/app/cli/synoptic-cli] [--threshold X ...]

Prints one line per cluster and threshold, then the pooled figures per threshold.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(text):
    return " ".join(text.split())


def overlaps(mine, theirs):
    return mine in theirs or theirs in mine


def related_in_gold(a_text, b_text, entries):
    return any(overlaps(a_text, norm(e["aText"])) and overlaps(b_text, norm(e["bText"])) for e in entries)


def measure(cli, cluster, threshold):
    files = sorted(glob.glob(os.path.join(cluster, "d*.txt")))
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        args = [cli, "compare", *files, "--json", out.name]
        if threshold is not None:
            args += ["--related-threshold", str(threshold)]
        else:
            args += ["--related"]
        subprocess.run(args, check=True)
        report = json.load(open(out.name, encoding="utf-8"))
    gold = json.load(open(os.path.join(cluster, "gold.json"), encoding="utf-8"))
    names = [os.path.basename(d["path"]) for d in report["documents"]]
    texts = [d["text"] for d in report["documents"]]
    found = hits = 0
    for link in report["links"]:
        if link["kind"] != "related":
            continue
        found += 1
        a, b = link["a"], link["b"]
        a_text = norm(texts[a][link["aSpan"][0]:link["aSpan"][1]])
        b_text = norm(texts[b][link["bSpan"][0]:link["bSpan"][1]])
        for pair in gold["pairs"]:
            entries = pair["links"] + pair["optional"]
            if (pair["a"], pair["b"]) == (names[a], names[b]) and related_in_gold(a_text, b_text, entries):
                hits += 1
                break
            if (pair["a"], pair["b"]) == (names[b], names[a]) and related_in_gold(b_text, a_text, entries):
                hits += 1
                break
    return found, hits


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", default=os.path.join(HERE, "build/app/cli/synoptic-cli"))
    parser.add_argument("--corpus", default=os.environ.get("SYNOPTIC_DEV_CORPUS", os.path.join(HERE, "../shared/corpus/dev")))
    parser.add_argument("--threshold", type=float, action="append", help="related threshold (default: the CLI's)")
    args = parser.parse_args()
    clusters = sorted(glob.glob(os.path.join(args.corpus, "cstnews", "c*/")))
    if not clusters:
        print("(no CSTNews clusters under %s)" % args.corpus)
        return 0
    for threshold in args.threshold or [None]:
        total = related = 0
        for cluster in clusters:
            found, hits = measure(args.cli, cluster, threshold)
            total += found
            related += hits
            print("  %-22s threshold=%s related=%d inGold=%d" % (os.path.basename(os.path.normpath(cluster)),
                                                                 threshold or "default", found, hits))
        share = related / total if total else 0.0
        print("threshold=%s clusters=%d related=%d perCluster=%.1f inGold=%d precision=%.2f"
              % (threshold or "default", len(clusters), total, total / len(clusters), related, share))
    return 0


if __name__ == "__main__":
    sys.exit(main())
