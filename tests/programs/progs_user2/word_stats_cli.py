#!/usr/bin/env python3
"""Word statistics over a text, as a CLI (argparse) with sensible defaults."""
import argparse
import re
import string
import sys
import textwrap
from collections import Counter, defaultdict

TEXT = """\
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""

STOP = frozenset("it was the of a an and".split())


def tokenize(text, keep_case=False):
    for m in re.finditer(r"[A-Za-z']+", text):
        w = m.group()
        yield w if keep_case else w.lower()


def build_parser():
    p = argparse.ArgumentParser(prog="wstats", description="Count words.")
    p.add_argument("files", nargs="*", help="input files (default: built-in text)")
    p.add_argument("-n", "--top", type=int, default=5, metavar="N")
    p.add_argument("--stop", action="store_true", help="drop stop words")
    p.add_argument("--case", action="store_true")
    p.add_argument("--width", type=int, default=40)
    p.add_argument("-v", "--verbose", action="count", default=0)
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    words = list(tokenize(TEXT, args.case))
    if args.stop:
        words = [w for w in words if w.lower() not in STOP]
    counts = Counter(words)
    print(f"{len(words)} words, {len(counts)} distinct (verbose={args.verbose})")
    width = max(len(w) for w, _ in counts.most_common(args.top))
    for rank, (w, c) in enumerate(counts.most_common(args.top), 1):
        bar = "#" * c
        print(f"{rank:>2}. {w:<{width}} {c:>3} {bar}")
    by_len = defaultdict(list)
    for w in sorted(counts):
        by_len[len(w)].append(w)
    for n in sorted(by_len, reverse=True)[:3]:
        print(f"len {n}: " + ", ".join(by_len[n]))
    initials = Counter(w[0] for w in words)
    print("initials:", " ".join(f"{k}={v}" for k, v in sorted(initials.items())))
    caps = sum(1 for w in tokenize(TEXT, True) if w[0] in string.ascii_uppercase)
    print("capitalised:", caps)
    summary = " ".join(w for w, _ in counts.most_common())
    print(textwrap.fill(summary, width=args.width, initial_indent="> ", subsequent_indent="  "))
    print(textwrap.shorten(TEXT, width=60, placeholder=" [...]"))
    return 0


if __name__ == "__main__":
    rc = main([])
    rc |= main(["--stop", "-n", "4", "-vv", "--width", "30"])
    rc |= main(["--case", "--top=3"])
    try:
        main(["--top", "x"])
    except SystemExit as e:
        print("exit code", e.code)
    p = build_parser()
    print(p.format_usage().strip())
    print(p.parse_args(["a.txt", "b.txt", "-n3"]))
    sys.exit(rc)
