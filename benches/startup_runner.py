#!/usr/bin/env python3
"""Whole-process start-up runner: times each command as a process, interleaved round by
round (so drift in machine speed hits all commands alike), and prints medians, ratios and
peak memory, plus a text chart.

usage: python3 benches/startup_runner.py [--rounds N] [--block N] [--kestrel PATH]
"""
import argparse
import os
import random
import statistics
import subprocess
import sys
import time


def peak_kib(cmd):
    """Peak RSS of one run, measured by /usr/bin/time (our own rusage would include the
    pages a spawned child shares with this Python process)."""
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        return int(out.stderr.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return 0


def run_once(cmd):
    """Wall seconds of one run of cmd."""
    # posix_spawn (vfork-style) so the child's peak RSS does not start from a copy of ours.
    devnull = os.open(os.devnull, os.O_RDWR)
    acts = [(os.POSIX_SPAWN_DUP2, devnull, fd) for fd in (0, 1, 2)]
    t0 = time.perf_counter()
    pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=acts)
    _, status = os.waitpid(pid, 0)
    t = time.perf_counter() - t0
    os.close(devnull)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"command failed: {' '.join(cmd)}")
    return t


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=40)
    ap.add_argument("--block", type=int, default=5)
    ap.add_argument("--kestrel", default="target/release/kestrel")
    a = ap.parse_args()
    py = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                        capture_output=True, text=True).stdout.strip()
    k = os.path.abspath(a.kestrel)
    imports = "import random, math, collections"
    # The goal: these together at least 10x faster than `python3 -S -I`, under 4 MiB.
    common = ("import os, re, json, dataclasses, enum, typing, collections, datetime, pathlib, "
              "argparse")
    cmds = [
        ("/bin/true", ["/bin/true"]),
        ("kestrel -c pass", [k, "-c", "pass"]),
        ("kestrel -c pass (thawed)", [k, "-X", "frozen_modules=off", "-c", "pass"]),
        ("kestrel -c 'import random, math, collections'", [k, "-c", imports]),
        ("  same, thawed", [k, "-X", "frozen_modules=off", "-c", imports]),
        ("python3 -S -I -c pass", [py, "-S", "-I", "-c", "pass"]),
        ("python3 -c pass", [py, "-c", "pass"]),
        ("python3 -c 'import random, math, collections'", [py, "-c", imports]),
        ("kestrel -c 'import <common>'", [k, "-c", common]),
        ("  same, thawed ", [k, "-X", "frozen_modules=off", "-c", common]),
        ("python3 -S -I -c 'import <common>'", [py, "-S", "-I", "-c", common]),
    ]
    times = {name: [] for name, _ in cmds}
    peaks = {name: [peak_kib(cmd) for _ in range(5)] for name, cmd in cmds}
    for _ in range(3):  # warm-up
        for _, cmd in cmds:
            run_once(cmd)
    # Each round runs every command in a fresh shuffled order (a fixed order favours or
    # penalizes whichever command follows a given one), as a block of --block timed runs
    # after one untimed run: start-up is measured warm, as hyperfine does, while drift in
    # the machine's speed still reaches every command alike.
    rng = random.Random(1)
    order = list(cmds)
    for _ in range(a.rounds):
        rng.shuffle(order)
        for name, cmd in order:
            run_once(cmd)
            for _ in range(a.block):
                times[name].append(run_once(cmd))
    med = {name: statistics.median(v) for name, v in times.items()}
    true_t = med["/bin/true"]
    py_t = med["python3 -S -I -c pass"]
    width = max(len(n) for n, _ in cmds)
    print(f"{'command':<{width}}  {'median ms':>9}  {'x /bin/true':>11}  "
          f"{'python3 -S -I / it':>18}  {'peak MiB':>8}")
    for name, _ in cmds:
        m = med[name]
        print(f"{name:<{width}}  {m * 1000:9.2f}  {m / true_t:11.2f}  {py_t / m:18.2f}  "
              f"{statistics.median(peaks[name]) / 1024:8.1f}")
    frozen = med[cmds[3][0]] - med["kestrel -c pass"]
    thawed = med[cmds[4][0]] - med[cmds[2][0]]
    print()
    print(f"importing random, math, collections adds {frozen * 1000:.2f} ms frozen, "
          f"{thawed * 1000:.2f} ms thawed (thawed/frozen {thawed / max(frozen, 1e-6):.1f}x)")
    common_k = med["kestrel -c 'import <common>'"]
    common_py = med["python3 -S -I -c 'import <common>'"]
    print(f"<common> = {common}: python3 -S -I / kestrel = {common_py / common_k:.2f}x "
          f"(goal 10x), kestrel peak {statistics.median(peaks[cmds[8][0]]) / 1024:.1f} MiB "
          f"(goal 4)")
    print()
    longest = max(med.values())
    for name, _ in cmds:
        bar = "#" * max(1, round(50 * med[name] / longest))
        print(f"{name:<{width}}  {bar} {med[name] * 1000:.2f} ms")


main()
