#!/usr/bin/env python3
"""Validates a Synoptic JSON report against resources/schema/report.schema.json and, given a gold file,
checks the scorer's measures against floors.

usage: check_report.py SCHEMA REPORT [GOLD --min-f1 X --min-unique X --min-kind X]
Exits 1 with a message when the report is invalid or a measure is under its floor."""
import json, subprocess, sys, os

def main():
    args = sys.argv[1:]
    floors = {}
    for key in ("--min-f1", "--min-unique", "--min-kind"):
        if key in args:
            k = args.index(key)
            floors[key[6:]] = float(args[k + 1])
            del args[k:k + 2]
    schema_path, report_path = args[0], args[1]
    gold_path = args[2] if len(args) > 2 else None
    import jsonschema
    schema = json.load(open(schema_path, encoding="utf-8"))
    report = json.load(open(report_path, encoding="utf-8"))
    jsonschema.validate(report, schema)
    # Spans must lie inside their document's text (code points).
    for d in report["documents"]:
        n = len(d["text"])
        for key in ("paragraphs", "sentences", "furniture"):
            for s, e in d[key]:
                assert 0 <= s <= e <= n, f"{key} span {s},{e} outside text of {d['path']}"
    for l in report["links"]:
        for side, key in (("a", "aSpan"), ("b", "bSpan")):
            s, e = l[key]
            assert 0 <= s < e <= len(report["documents"][l[side]]["text"]), f"link {key} out of range"
    print(f"schema: ok ({len(report['links'])} links, {len(report['rows'])} rows)")
    if not gold_path:
        return 0
    here = os.path.dirname(os.path.abspath(__file__))
    out = subprocess.run([sys.executable, os.path.join(here, "score.py"), report_path, gold_path],
                         capture_output=True, text=True)
    print(out.stdout.strip())
    if out.returncode not in (0, 1):
        print(out.stderr, file=sys.stderr)
        return 1
    measures = dict(part.split("=") for part in out.stdout.split() if "=" in part)
    failed = [f"{k}={measures[k.upper() if k == 'f1' else k]} < {v}" for k, v in floors.items()
              if float(measures[k.upper() if k == "f1" else k]) < v]
    if failed:
        print("quality floor not met: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0

sys.exit(main())
