"""A CLI tool: word frequencies of a text file, with argparse."""
import argparse
import os
import sys
import tempfile
from collections import Counter

TEXT = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away! A quick fox, a lazy dog.
Numbers like 42 and 3.14 are not words, but it's fine.
"""


def build_parser():
    p = argparse.ArgumentParser(prog="wordfreq", description="Count words in a file.")
    p.add_argument("path", help="input file")
    p.add_argument("-n", "--top", type=int, default=5, help="how many to show")
    p.add_argument("--min-len", type=int, default=1, dest="min_len")
    p.add_argument("-i", "--ignore-case", action="store_true")
    p.add_argument("--format", choices=["table", "csv"], default="table")
    p.add_argument("-v", "--verbose", action="count", default=0)
    return p


def words(text, ignore_case):
    out = []
    cur = []
    for ch in text:
        if ch.isalpha() or ch == "'":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    if ignore_case:
        out = [w.lower() for w in out]
    return out


def main(argv):
    args = build_parser().parse_args(argv)
    with open(args.path, encoding="utf-8") as f:
        text = f.read()
    ws = [w for w in words(text, args.ignore_case) if len(w) >= args.min_len]
    counts = Counter(ws)
    if args.verbose:
        print(f"read {len(text)} chars, {len(ws)} words, {len(counts)} distinct")
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: args.top]
    if args.format == "csv":
        print("word,count")
        for w, c in top:
            print(f"{w},{c}")
    else:
        width = max(len(w) for w, _ in top)
        for w, c in top:
            print(f"{w:<{width}} | {c:>3} {'#' * c}")
    return 0


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "input.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(TEXT)
    print("rc", main([path]))
    print("rc", main([path, "-i", "-n", "3", "--format", "csv", "-vv"]))
    print("rc", main([path, "--min-len=4", "--ignore-case", "--top", "4"]))
    p = build_parser()
    ns = p.parse_args([path, "-vvv"])
    print(sorted((k, v) for k, v in vars(ns).items() if k != "path"))
    try:
        p.parse_args([path, "--format", "xml"])
    except SystemExit as e:
        print("exit code", e.code)
    try:
        p.parse_args([path, "--top", "many"])
    except SystemExit as e:
        print("exit code", e.code)
    print(p.format_usage().strip())
    sys.stdout.write(p.format_help())
