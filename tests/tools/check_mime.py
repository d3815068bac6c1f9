#!/usr/bin/env python3
"""Builds a throw-away MIME database from a shared-mime-info package file and checks that a glob
maps to a type, as update-mime-database does on an installed system.

usage: check_mime.py PACKAGE.xml GLOB TYPE"""
import os, shutil, subprocess, sys, tempfile

def main():
    package, glob, mime_type = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as root:
        os.makedirs(os.path.join(root, "packages"))
        shutil.copy(package, os.path.join(root, "packages", os.path.basename(package)))
        run = subprocess.run(["update-mime-database", "-V", root], capture_output=True, text=True)
        if run.returncode != 0 or "rror" in run.stderr:
            print(run.stderr, file=sys.stderr)
            return 1
        globs = open(os.path.join(root, "globs2"), encoding="utf-8").read().splitlines()
        if not any(line.endswith(f":{mime_type}:{glob}") for line in globs):
            print(f"{glob} does not map to {mime_type}: {globs}", file=sys.stderr)
            return 1
    print(f"{glob} -> {mime_type}: ok")
    return 0

if __name__ == "__main__":
    sys.exit(main())
