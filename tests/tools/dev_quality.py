#!/usr/bin/env python3
"""Quality floors on the development corpora beside the checkout (../shared/corpus/dev, or
$SYNOPTIC_DEV_CORPUS). They are not part of the repository: without them the test is skipped
(exit 77, CTest's SKIP_RETURN_CODE).

usage: dev_quality.py CLI SET [--min-f1 X] [--min-unique X] [--max-links N]
SET: headlines (SemEval 2013, gold), cstnews (every cluster; figures pooled over all article
pairs, each pair weighing the same), textreuse-control (NY 1850 vs an unrelated section: counts
links)."""
import json, os, subprocess, sys, tempfile, glob

here = os.path.dirname(os.path.abspath(__file__))

def score(report, gold):
    out = subprocess.run([sys.executable, os.path.join(here, "score.py"), report, gold],
                         capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(out.stderr)
    return {k: float(v) for k, v in (p.split("=") for p in out.stdout.split())}

def main():
    args = sys.argv[1:]
    floors = {}
    for key in ("--min-f1", "--min-unique", "--max-links"):
        if key in args:
            k = args.index(key)
            floors[key] = float(args[k + 1])
            del args[k:k + 2]
    cli, which = args[0], args[1]
    dev = os.environ.get("SYNOPTIC_DEV_CORPUS") or os.path.join(here, "..", "..", "..", "shared", "corpus", "dev")
    if not os.path.isdir(dev):
        print(f"no development corpus at {dev}: skipped")
        return 77
    tmp = tempfile.mkdtemp()
    report = os.path.join(tmp, "r.json")
    def compare(files):
        subprocess.run([cli, "compare", *files, "--json", report], check=True, stdout=subprocess.DEVNULL)
    if which == "headlines":
        d = os.path.join(dev, "headlines-2013")
        compare([os.path.join(d, "headlines-a.txt"), os.path.join(d, "headlines-b.txt")])
        m = score(report, os.path.join(d, "gold.json"))
    elif which == "cstnews":
        rows = []
        for cluster in sorted(glob.glob(os.path.join(dev, "cstnews", "c*", ""))):
            compare(sorted(glob.glob(os.path.join(cluster, "d*.txt"))))
            rows.append(score(report, os.path.join(cluster, "gold.json")))
        pairs = sum(r["pairs"] for r in rows)
        m = {k: sum(r[k] * r["pairs"] for r in rows) / pairs for k in ("P", "R", "F1", "unique")}
    elif which == "textreuse-control":
        d = os.path.join(dev, "textreuse")
        compare([os.path.join(d, "ny1850-match.txt"), os.path.join(d, "ca1851-nomatch.txt")])
        m = {"links": len(json.load(open(report, encoding="utf-8"))["links"])}
    else:
        sys.exit(f"unknown set {which}")
    print(which + ": " + " ".join(f"{k}={v:.2f}" for k, v in m.items()))
    failed = []
    if "--min-f1" in floors and m["F1"] < floors["--min-f1"]:
        failed.append(f"F1 {m['F1']:.2f} < {floors['--min-f1']}")
    if "--min-unique" in floors and m["unique"] < floors["--min-unique"]:
        failed.append(f"unique {m['unique']:.2f} < {floors['--min-unique']}")
    if "--max-links" in floors and m["links"] > floors["--max-links"]:
        failed.append(f"{m['links']} links > {floors['--max-links']}")
    if failed:
        print("quality floor not met: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0

sys.exit(main())
