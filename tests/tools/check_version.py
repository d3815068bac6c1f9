#!/usr/bin/env python3
"""scripts/version.cmake gives the version text the programs and exports show, in each case a
build can be in: no git, a commit with no release tag, a release tag, a commit after it, and
uncommitted changes; and leaves the file untouched when the text has not changed.
usage: check_version.py CMAKE SCRIPT"""
import os, subprocess, sys, tempfile

cmake, script = sys.argv[1], sys.argv[2]
failures = []

def version(source):
    out = os.path.join(source, "version.cpp")
    subprocess.run([cmake, "-DVERSION=0.3.0", f"-DSOURCE_DIR={source}", f"-DOUTPUT={out}", "-P", script], check=True)
    text = open(out).read()
    return text.split('QStringLiteral("')[1].split('")')[0], os.stat(out).st_mtime_ns

def expect(what, got, want):
    if got != want:
        failures.append(f"{what}: got {got!r}, want {want!r}")

def git(repo, *args):
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@t")
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True, text=True, env=env).stdout.strip()

with tempfile.TemporaryDirectory() as d:
    expect("no git", version(d)[0], "0.3.0")
    git(d, "init", "-q")
    # The generated file is ignored, as the build directory is in a real checkout.
    open(os.path.join(d, ".gitignore"), "w").write("version.cpp\n")
    open(os.path.join(d, "a.txt"), "w").write("a\n")
    git(d, "add", "-A")
    git(d, "commit", "-qm", "one")
    head = git(d, "rev-parse", "--short=7", "HEAD")
    text, stamp = version(d)
    expect("untagged commit", text, f"0.3.0+g{head}")
    expect("unchanged text leaves the file alone", version(d)[1], stamp)
    open(os.path.join(d, "a.txt"), "w").write("b\n")
    expect("uncommitted change", version(d)[0], f"0.3.0+g{head}-dirty")
    git(d, "commit", "-qam", "two")
    git(d, "tag", "v0.3.0")
    expect("release tag", version(d)[0], "0.3.0")
    open(os.path.join(d, "c.txt"), "w").write("c\n")
    git(d, "add", "-A")
    git(d, "commit", "-qm", "three")
    head = git(d, "rev-parse", "--short=7", "HEAD")
    expect("after the tag", version(d)[0], f"0.3.0-1-g{head}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("version texts as expected")
