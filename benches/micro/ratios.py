#!/usr/bin/env python3
"""Speed of Kestrel on the micro programs of this folder against CPython, and of the default
(threaded) dispatch against the switch loop: every program runs under python3, kestrel and
kestrel --dispatch switch, interleaved, REPS times; the figures are medians of user+system
CPU time (the machine is shared, so wall time says little).

usage: python3 benches/micro/ratios.py [KESTREL] [--reps N] [PROGRAM.py ...]
KESTREL defaults to target/release/kestrel. Each program's stdout must equal CPython's."""
import argparse, os, resource, statistics, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def cpu(cmd):
    """(user+sys seconds, stdout) of one run of `cmd`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                       env={**os.environ, "PYTHONHASHSEED": "0"})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return t, (p.stdout if p.returncode == 0 else None)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kestrel", nargs="?", default="target/release/kestrel")
    ap.add_argument("programs", nargs="*")
    ap.add_argument("--reps", type=int, default=5)
    a = ap.parse_args()
    if a.kestrel.endswith(".py"):
        a.programs.insert(0, a.kestrel)
        a.kestrel = "target/release/kestrel"
    kestrel = os.path.abspath(a.kestrel)
    cpython = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                             capture_output=True, text=True).stdout.strip()
    progs = a.programs or sorted(os.path.join(HERE, f) for f in os.listdir(HERE)
                                 if f.endswith(".py") and f != os.path.basename(__file__))
    print(f"{'program':<16} {'cpython':>8} {'threaded':>9} {'switch':>8} {'vs cpython':>11} {'vs switch':>10}")
    for prog in progs:
        runs = {"py": [], "thr": [], "sw": []}
        want, bad = None, ""
        for _ in range(a.reps):
            t, want = cpu([cpython, prog])
            runs["py"].append(t)
            for key, cmd in (("thr", [kestrel, prog]), ("sw", [kestrel, "--dispatch", "switch", prog])):
                t, got = cpu(cmd)
                if got != want:
                    bad = f"{key}: wrong output or error"
                runs[key].append(t)
        name = os.path.basename(prog)
        if bad:
            print(f"{name:<16} FAIL {bad}")
            continue
        py, thr, sw = (statistics.median(runs[k]) for k in ("py", "thr", "sw"))
        print(f"{name:<16} {py:>8.3f} {thr:>9.3f} {sw:>8.3f} {py / thr:>10.2f}x {sw / thr:>9.2f}x")


main()
