#!/usr/bin/env python3
"""Precision of the changed-fact flags against hand labels (tests/data/facts/*.json).

A label names its comparison's documents by file name, the flag's kind, texts and spans (code
points), "label": "true" or "noise", the noise class and a note.

Runs synoptic-cli on every labelled comparison, matches each flag of the report to a label by
kind + the two documents + the two quoted texts (or, for corpora that may not be copied into the
repository, a hash of kind and texts), and prints per comparison: flags, labelled true / noise,
unlabelled, precision and flags per 1,000 words.

  precision  = true / (true + noise + unlabelled): a flag nobody has judged counts against us, so
               a change that adds flags must come with their labels.
  per 1,000  = flags * 1000 / mean words per document (the words a reader of one version reads).

A comparison whose labels carry "sample" (a random sample of its flags, labelled blind) counts
only the sampled flags still reported; its rate is not shown (the sample is not all flags).

Comparisons whose documents live in the development corpus (documents starting "dev:") are
skipped when the corpus is absent (SYNOPTIC_DEV_CORPUS or ../shared/corpus/dev).

  scripts/factprecision.py [--cli build/app/cli/synoptic-cli] [--floor 0.9] [--max-rate 2]
                           [--pair-floor PAIR=0.9 ...] [--overall-floor 0.75]
                           [--show noise|unlabelled|all] [PAIR...]
Exit status 1 when --floor (overall and per comparison with ≥ 10 flags), --pair-floor (that
comparison, whatever its number of flags), --overall-floor (all comparisons together, checked
only when none was skipped: the mean of a subset is another measure) or --max-rate (on the
comparisons marked wordingOnly) is not met. A --pair-floor for a skipped comparison is no failure.
"""
import argparse
import glob
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def dev_corpus():
    return os.environ.get('SYNOPTIC_DEV_CORPUS', os.path.join(HERE, '..', 'shared', 'corpus', 'dev'))


def resolve(doc):
    if doc.startswith('dev:'):
        return os.path.join(dev_corpus(), doc[4:])
    return os.path.join(HERE, doc)


def text_hash(kind, a, b):
    return hashlib.sha1('\x1f'.join([kind, a, b]).encode()).hexdigest()[:16]


def key(kind, a, b, a_text, b_text, copyable):
    if copyable:
        return (kind, a, b, a_text, b_text)
    return (kind, a, b, text_hash(kind, a_text, b_text))


def report_flags(cli, paths):
    out = subprocess.run([cli, 'compare', *paths, '--json', '-'], check=True, capture_output=True).stdout
    r = json.loads(out)
    names = [os.path.basename(d['path']) for d in r['documents']]
    flags = []
    for link in r['links']:
        for f in link['facts']:
            flags.append(dict(kind=f['kind'], a=names[link['a']], b=names[link['b']], aText=f['aText'],
                              bText=f['bText'], aSpan=f['aSpan'], bSpan=f['bSpan']))
    words = [d['words'] for d in r['stats']['documents']]
    return flags, sum(words) / max(1, len(words))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', default=os.path.join(HERE, 'build', 'app', 'cli', 'synoptic-cli'))
    ap.add_argument('--labels', default=os.path.join(HERE, 'tests', 'data', 'facts'))
    ap.add_argument('--floor', type=float, default=None)
    ap.add_argument('--max-rate', type=float, default=None)
    ap.add_argument('--pair-floor', action='append', default=[], metavar='PAIR=PRECISION')
    ap.add_argument('--overall-floor', type=float, default=None)
    ap.add_argument('--show', choices=['noise', 'unlabelled', 'all'], default=None)
    ap.add_argument('pairs', nargs='*')
    args = ap.parse_args()

    pair_floors = {}
    for spec in args.pair_floor:
        name, _, value = spec.partition('=')
        pair_floors[name] = float(value)
    failures = []
    skipped = 0
    seen_pairs = set()
    total = dict(flags=0, true=0, noise=0, unlabelled=0)
    print(f"{'comparison':26} {'flags':>5} {'true':>5} {'noise':>5} {'unlab':>5} {'prec':>5} {'/1000w':>7}")
    for path in sorted(glob.glob(os.path.join(args.labels, '*.json'))):
        spec = json.load(open(path, encoding='utf-8'))
        if args.pairs and spec['pair'] not in args.pairs:
            continue
        paths = [resolve(d) for d in spec['documents']]
        if not all(os.path.exists(p) for p in paths):
            print(f"{spec['pair']:26} skipped (no development corpus)")
            skipped += 1
            seen_pairs.add(spec['pair'])
            continue
        seen_pairs.add(spec['pair'])
        copyable = not spec['pair'].startswith('cstnews')
        # The same kind and texts can be flagged in several passages ("two" dropped twice); the
        # spans, kept with every label, pick the nearest one.
        labels = {}
        for lab in spec['labels']:
            k = key(lab['kind'], lab['a'], lab['b'], lab.get('aText'), lab.get('bText'), copyable) if copyable \
                else (lab['kind'], lab['a'], lab['b'], lab['hash'])
            labels.setdefault(k, []).append(lab)
        flags, words = report_flags(args.cli, paths)
        # A sampled comparison labels a random sample of its flags: the others are not counted,
        # and a sampled flag a rule removed is simply gone from the measure.
        sampled = 'sample' in spec
        if sampled:
            flags = [f for f in flags if labels.get(key(f['kind'], f['a'], f['b'], f['aText'], f['bText'], copyable))]
        counts = dict(flags=len(flags), true=0, noise=0, unlabelled=0)
        for f in flags:
            candidates = labels.get(key(f['kind'], f['a'], f['b'], f['aText'], f['bText'], copyable), [])
            lab = min(candidates, default=None,
                      key=lambda l: abs(l['aSpan'][0] - f['aSpan'][0]) + abs(l['bSpan'][0] - f['bSpan'][0]))
            verdict = 'unlabelled' if lab is None else ('true' if lab['label'] == 'true' else 'noise')
            counts[verdict] += 1
            if args.show and (args.show == 'all' or args.show == verdict):
                shown = f"[{f['aText']}] | [{f['bText']}]" if copyable or os.environ.get('FACTS_SHOW_TEXT') else f"{f['aSpan']} | {f['bSpan']} {text_hash(f['kind'], f['aText'], f['bText'])}"
                extra = f" ({lab.get('noise', '')})" if lab else ''
                print(f"    {verdict}{extra}: {f['kind']} {f['a']}-{f['b']} {shown}")
        for k in total:
            total[k] += counts[k]
        precision = counts['true'] / counts['flags'] if counts['flags'] else 1.0
        rate = counts['flags'] * 1000 / words if words else 0.0
        rate_text = f"{rate:7.2f}" if not sampled else f"{'sample':>7}"
        print(f"{spec['pair']:26} {counts['flags']:5} {counts['true']:5} {counts['noise']:5} {counts['unlabelled']:5} "
              f"{precision:5.2f} {rate_text}")
        if args.floor is not None and counts['flags'] >= 10 and precision < args.floor:
            failures.append(f"{spec['pair']}: precision {precision:.2f} < {args.floor}")
        if spec['pair'] in pair_floors and precision < pair_floors[spec['pair']]:
            failures.append(f"{spec['pair']}: precision {precision:.2f} < {pair_floors[spec['pair']]}")
        if args.max_rate is not None and spec.get('wordingOnly') and not sampled and rate > args.max_rate:
            failures.append(f"{spec['pair']}: {rate:.2f} flags per 1,000 words > {args.max_rate}")
    precision = total['true'] / total['flags'] if total['flags'] else 1.0
    print(f"{'overall':26} {total['flags']:5} {total['true']:5} {total['noise']:5} {total['unlabelled']:5} {precision:5.2f}")
    if args.floor is not None and precision < args.floor:
        failures.append(f"overall: precision {precision:.2f} < {args.floor}")
    if args.overall_floor is not None:
        if skipped:
            print(f"(overall floor {args.overall_floor} not checked: {skipped} comparison(s) skipped)")
        elif precision < args.overall_floor:
            failures.append(f"overall: precision {precision:.2f} < {args.overall_floor}")
    for name in sorted(set(pair_floors) - seen_pairs):
        failures.append(f"{name}: a floor is set but no labels name this comparison")
    for f in failures:
        print('FAIL ' + f)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
