#!/usr/bin/env python3
"""Checks that a man page documents exactly the long options a program's --help lists.

Usage: manpage_options.py MANPAGE -- COMMAND [ARGS...] [-- COMMAND [ARGS...]]...
Every COMMAND is run (with the offscreen Qt platform) and the options of its help text are
collected; the page must name each of them, and name no option that none of them has.
"""
import os
import re
import subprocess
import sys

HELP_OPTION = re.compile(r'^\s+(?:-\w, )?(--[a-z][a-z-]*)', re.M)
MAN_OPTION = re.compile(r'\\-\\-([a-z]+(?:\\-[a-z]+)*)')


def help_options(command):
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen')
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60).stdout
    options_part = out.split('Options:', 1)[1].split('Arguments:', 1)[0] if 'Options:' in out else ''
    return set(HELP_OPTION.findall(options_part))


def main():
    args = sys.argv[1:]
    page, rest = args[0], args[2:]
    commands, current = [], []
    for a in rest:
        if a == '--':
            commands.append(current)
            current = []
        else:
            current.append(a)
    commands.append(current)
    documented = {'--' + m.replace('\\-', '-') for m in MAN_OPTION.findall(open(page, encoding='utf-8').read())}
    listed = set()
    for command in commands:
        found = help_options(command)
        if not found:
            print(f'no options found in the help of {" ".join(command)}')
            return 1
        listed |= found
    missing, stale = sorted(listed - documented), sorted(documented - listed)
    for o in missing:
        print(f'{page}: {o} is in --help but not on the page')
    for o in stale:
        print(f'{page}: {o} is on the page but in no --help')
    if missing or stale:
        return 1
    print(f'{page}: {len(listed)} options, all documented')
    return 0


if __name__ == '__main__':
    sys.exit(main())
