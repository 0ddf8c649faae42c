#!/usr/bin/env python3
"""Differential test: runs generated programs under Kestrel and CPython and compares stdout,
the exception type of an uncaught error, and the exit code.

    python3 tests/difftest/run.py [KESTREL] [N] [FIRST_SEED]

Prints each mismatch (seed, what differs) and a closing 'N passed, N failed' line; exits 1
on any mismatch. CI runs 50 programs.
"""

import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen import Gen  # noqa: E402


def run(exe, path):
    try:
        p = subprocess.run([exe, path], capture_output=True, timeout=60,
                           env=dict(os.environ, PYTHONHASHSEED="0"))
    except subprocess.TimeoutExpired:
        return ("timeout",)
    last = (p.stderr.decode("utf-8", "replace").strip().splitlines() or [""])[-1]
    exc = last.split(":")[0] if p.returncode else ""
    return (p.returncode, p.stdout, exc)


def main():
    kestrel = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "target", "debug", "kestrel")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    first = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "prog.py")
        for seed in range(first, first + n):
            with open(path, "w") as f:
                f.write(Gen(seed).program())
            want, got = run("python3", path), run(kestrel, path)
            if want != got:
                failed += 1
                print(f"MISMATCH seed {seed}: cpython {want!r:.300}\n    kestrel {got!r:.300}")
    print(f"difftest: {n - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
