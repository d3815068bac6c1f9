#!/usr/bin/env python3
"""Lists C++ functions longer than N lines.

    python3 scripts/longfunctions.py [-n 80] FOLDER_OR_FILE...

Prints one line per function, longest first: `lines  file:line  name`. A function counts from
the line of its name to its closing brace, blank lines and comments included. A function whose
body, or the three lines above its name, carries a comment starting with `long-function:` is
listed with that reason but does not count; the exit status is 1 when any other function is too
long, 0 otherwise.

It is a brace-matching heuristic, not a parser. It strips comments, string and character
literals (raw strings included) and preprocessor lines, then reads braces at namespace and class
scope: a `{` whose preceding text ends in `)` plus qualifiers (const, noexcept, override, a
trailing return type) or a constructor's initialiser list opens a function. Limits:
- braces produced by macros, or unbalanced across `#if` branches, confuse it;
- lambdas and local classes count as part of the function that holds them, and a lambda
  stored in a variable at namespace scope is not listed at all;
- a function-try-block is read as a function followed by a stray `catch` block;
- templates are fine, but a `>` or `<` inside a default argument is not understood.
"""

import argparse
import os
import re
import sys

EXTENSIONS = ('.cpp', '.cc', '.cxx', '.h', '.hpp')
FUNCTION_END = re.compile(
    r'\)\s*(?:const|noexcept(?:\([^)]*\))?|override|final|mutable|&&|&|\s|->\s*[\w:<>,*&\s]+)*$')
CONSTRUCTOR_INIT = re.compile(r'\)\s*(?:noexcept\s*)?:[^:]')
NAME = re.compile(r'(~?[A-Za-z_][\w:]*(?:operator\s*(?:\(\)|[^\s(]+))?)\s*\(')
CONTAINER = re.compile(r'^(?:template\s*<.*>\s*)?(?:namespace\b|extern\s*"C"|(?:class|struct|union)\b[^()]*$)', re.S)
ACCESS = re.compile(r'(?:public|protected|private|signals|Q_SIGNALS|(?:public|protected|private)\s+(?:slots|Q_SLOTS))\s*:$')
EXEMPT = re.compile(r'long-function:\s*(.*)')


def strip(source):
    """Blanks comments, literals and preprocessor lines, keeping every newline in place.

    Returns the stripped text and the comments found on each line (for exemptions)."""
    out = []
    comments = {}
    i, n, line = 0, len(source), 1
    at_line_start = True
    while i < n:
        c = source[i]
        if c == '\n':
            out.append(c)
            line += 1
            i += 1
            at_line_start = True
            continue
        if at_line_start and c == '#':
            # A preprocessor line, with its continuations.
            while i < n and source[i] != '\n':
                if source[i] == '\\' and i + 1 < n and source[i + 1] == '\n':
                    out.append('\n')
                    line += 1
                    i += 2
                    continue
                i += 1
            continue
        if not c.isspace():
            at_line_start = False
        if source.startswith('//', i):
            end = source.find('\n', i)
            end = n if end < 0 else end
            comments.setdefault(line, []).append(source[i:end])
            i = end
            continue
        if source.startswith('/*', i):
            end = source.find('*/', i + 2)
            end = n if end < 0 else end + 2
            text = source[i:end]
            comments.setdefault(line, []).append(text)
            out.append('\n' * text.count('\n'))
            line += text.count('\n')
            i = end
            continue
        raw = re.match(r'(?:u8|u|U|L)?R"([^(\s]*)\(', source[i:i + 24])
        if raw and (i == 0 or not (source[i - 1].isalnum() or source[i - 1] == '_')):
            end = source.find(')' + raw.group(1) + '"', i + raw.end())
            end = n if end < 0 else end + len(raw.group(1)) + 2
            text = source[i:end]
            out.append('""' + '\n' * text.count('\n'))
            line += text.count('\n')
            i = end
            continue
        if c in '"\'':
            # A digit separator (1'000) is not a character literal.
            if c == "'" and i > 0 and source[i - 1].isalnum() and source[i - 1] not in 'uUL8':
                out.append(' ')
                i += 1
                continue
            j = i + 1
            while j < n and source[j] != c and source[j] != '\n':
                j += 2 if source[j] == '\\' else 1
            out.append(c + c)
            i = j + 1
            continue
        out.append(c)
        i += 1
    return ''.join(out), comments


def matching_brace(text, open_pos):
    depth = 0
    for k in range(open_pos, len(text)):
        if text[k] == '{':
            depth += 1
        elif text[k] == '}':
            depth -= 1
            if depth == 0:
                return k
    return len(text) - 1


def functions(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        source = f.read()
    text, comments = strip(source)
    line_of = []
    line = 1
    for ch in text:
        line_of.append(line)
        if ch == '\n':
            line += 1
    found = []

    def scan(begin, end, scope):
        header_start = begin
        pos = begin
        while pos < end:
            ch = text[pos]
            if ch == ';' or ch == '}':
                header_start = pos + 1
            elif ch == ':' and ACCESS.search(text[header_start:pos + 1].strip()):
                header_start = pos + 1
            elif ch == '{':
                header = text[header_start:pos].strip()
                close = matching_brace(text, pos)
                after = text[close + 1:close + 40].lstrip()
                if CONTAINER.match(header):
                    inner = scope
                    m = re.match(r'(?:template\s*<.*>\s*)?(?:class|struct|union)\s+(?:\w+\s+)*?([A-Za-z_]\w*)\s*(?:final\s*)?(?::|$)',
                                 header, re.S)
                    if m:
                        inner = scope + [m.group(1)]
                    scan(pos + 1, close, inner)
                    header_start = close + 1
                elif '(' in header and after.startswith(',') and CONSTRUCTOR_INIT.search(header):
                    # A braced member initialiser: the function body is still ahead.
                    pos = close + 1
                    continue
                elif '(' in header and (FUNCTION_END.search(header) or CONSTRUCTOR_INIT.search(header)) \
                        and not re.search(r'(?<![=!<>])=(?!=)', header.split('(')[0].replace('operator', '')) \
                        and not re.match(r'(?:if|for|while|switch|catch|do|else)\b', header):
                    name_match = NAME.search(header)
                    name = name_match.group(1) if name_match else '?'
                    name_pos = header_start + (len(text[header_start:pos]) - len(text[header_start:pos].lstrip()))
                    if name_match:
                        name_pos += name_match.start(1)
                    if scope and '::' not in name:
                        name = '::'.join(scope) + '::' + name
                    first, last = line_of[name_pos], line_of[close]
                    reason = None
                    for l in range(max(1, first - 3), last + 1):
                        for comment in comments.get(l, []):
                            m = EXEMPT.search(comment)
                            if m:
                                reason = m.group(1).strip().rstrip('*/').strip()
                    found.append((last - first + 1, path, first, name, reason))
                    header_start = close + 1
                else:
                    header_start = close + 1
                pos = close + 1
                continue
            pos += 1

    scan(0, len(text), [])
    return found


def main():
    parser = argparse.ArgumentParser(description='Lists C++ functions longer than N lines.')
    parser.add_argument('-n', '--lines', type=int, default=80, help='longest allowed (default 80)')
    parser.add_argument('paths', nargs='+')
    args = parser.parse_args()
    files = []
    for p in args.paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [os.path.join(root, f) for f in names if f.endswith(EXTENSIONS)]
        else:
            files.append(p)
    too_long = []
    for f in sorted(files):
        too_long += [fn for fn in functions(f) if fn[0] > args.lines]
    too_long.sort(key=lambda fn: (-fn[0], fn[1], fn[2]))
    failing = 0
    for length, path, first, name, reason in too_long:
        note = f'  (exempt: {reason})' if reason is not None else ''
        failing += reason is None
        print(f'{length:5}  {path}:{first}  {name}{note}')
    print(f'{failing} function(s) over {args.lines} lines' +
          (f', {len(too_long) - failing} exempt' if len(too_long) > failing else ''))
    return 1 if failing else 0


if __name__ == '__main__':
    sys.exit(main())
