#!/usr/bin/env python3
"""Kestrel's pyperformance runner: the benchmark scripts of pyperformance, unmodified, under
several interpreters interleaved in one run, compared by whole-process wall time and peak RSS.

    python3 benches/pyperformance/run.py [--reps 3] [--quick] [--bench NAME ...]
        [--interp NAME=CMD ...] [--json OUT] [--svg OUT] [--check]

The first --interp is the baseline (default: cpython = the real executable behind `python3`,
then kestrel = target/release/kestrel). Each round runs every benchmark under every interpreter
in a shuffled order; per benchmark and interpreter the median wall time and median peak RSS
(ru_maxrss, via GNU time) over the rounds are reported, with ratios to the baseline (baseline /
other: above 1 the other is faster, or smaller) and their geometric means. --check instead runs
each benchmark once under every non-baseline interpreter and fails unless it exits 0 and prints
only the stand-in's report lines.

pyperformance itself is fetched with pip on first use into $PYPERFORMANCE_DIR (default
$XDG_CACHE_HOME/pyperformance-VERSION, or ~/.cache/...); nothing of it is committed. Each script
runs beside pyperf.py, the stand-in for the pyperf module in this folder, which runs LOOPS loops.
"""

import argparse
import datetime
import html
import json
import math
import os
import platform
import random
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile

VERSION = "1.14.0"

# Benchmark -> loops. Chosen so that CPython 3.11 spends about 0.5-1 s of CPU time per process
# (measured 2026-11-30 on a 2-core AMD EPYC; start-up and set-up included). One loop of
# fannkuch, raytrace and scimark (all five of its kernels) already takes that long.
LOOPS = {
    "chaos": 5, "deltablue": 80, "fannkuch": 1, "float": 5, "go": 3, "hexiom": 70,
    "nbody": 6, "nqueens": 5, "pidigits": 3, "raytrace": 1, "richards": 10,
    "richards_super": 7, "spectral_norm": 4, "unpack_sequence": 20000, "generators": 8,
    "coroutines": 15, "meteor_contest": 4, "scimark": 1,
}
QUICK_DIVISOR = 4  # --quick runs a quarter of the loops (at least one)
TIMEOUT = 600  # seconds before a process is killed and counted as failed
TIME = "/usr/bin/time"  # GNU time, for peak RSS (see run_once)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
# The only lines the stand-in prints (see pyperf.py); --check rejects anything else.
REPORT = re.compile(r"(\w+): \d+ loops, \d+\.\d+ ms per inner loop")


def benchmarks_dir():
    """The folder of pyperformance's benchmarks, fetched with pip into the cache on first use."""
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    root = os.environ.get("PYPERFORMANCE_DIR") or os.path.join(cache, "pyperformance-" + VERSION)
    benches = os.path.join(root, "pyperformance", "data-files", "benchmarks")
    if not os.path.isdir(benches):
        os.makedirs(root, exist_ok=True)
        print("fetching pyperformance %s into %s" % (VERSION, root), file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--only-binary=:all:", "--dest", root, "pyperformance==" + VERSION],
                       check=True)
        # The wheel is a zip; its data files (the benchmark scripts) are all this needs.
        wheel = next(f for f in os.listdir(root) if f.endswith(".whl"))
        with zipfile.ZipFile(os.path.join(root, wheel)) as z:
            z.extractall(root)
    return benches


def prepare(names):
    """A temporary folder per benchmark holding its unmodified script and the pyperf stand-in."""
    source = benchmarks_dir()
    work = tempfile.mkdtemp(prefix="kestrel-pyperformance-")
    scripts = {}
    for name in names:
        folder = os.path.join(work, name)
        os.makedirs(folder)
        shutil.copy(os.path.join(source, "bm_" + name, "run_benchmark.py"), folder)
        shutil.copy(os.path.join(HERE, "pyperf.py"), folder)
        scripts[name] = os.path.join(folder, "run_benchmark.py")
    return work, scripts


class Run:
    def __init__(self, code, seconds, rss_kib, stdout, stderr):
        self.code, self.seconds, self.rss_kib = code, seconds, rss_kib
        self.stdout, self.stderr = stdout, stderr


def run_once(cmd, script, loops):
    """Runs one process: wall time from spawn to exit, peak RSS as GNU time reports it.

    Not os.wait4's ru_maxrss on the process itself: Linux carries a process's peak RSS over
    exec, and a child forked (or vforked) by this runner starts with the runner's own ~14 MiB,
    so every figure below that would read as the runner's size. /usr/bin/time forks the
    interpreter from a ~1 MiB process and reports that child's wait4 ru_maxrss (in KiB).
    time's own start (about a millisecond) is in every interpreter's wall time alike."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss:
        argv = [TIME, "-f", "%M", "-o", rss.name] + cmd + [script, "--loops", str(loops)]
        start = time.perf_counter()
        # A session of its own, so that a time-out kills the interpreter under time too.
        proc = subprocess.Popen(argv, stdout=out, stderr=err, cwd=os.path.dirname(script),
                                start_new_session=True)
        # A blocking wait: `wait(timeout)` polls with sleeps of up to 50 ms, which rounded
        # every time up to a step of 50 ms. The time-out is a timer that kills the session.
        timer = threading.Timer(TIMEOUT, os.killpg, (proc.pid, signal.SIGKILL))
        timer.start()
        try:
            code = proc.wait()
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        # time's last line is the figure; one before it says why when the command failed.
        lines = rss.read().split()
        rss_kib = int(lines[-1]) if lines and lines[-1].isdigit() else 0
        return Run(code, seconds, rss_kib,
                   out.read().decode(errors="replace"), err.read().decode(errors="replace"))


def problems(name, run):
    """What is wrong with a run: a non-zero exit, stderr output, or stdout other than reports."""
    found = []
    if run.code != 0:
        found.append("exit code %d" % run.code)
    if run.stderr.strip():
        found.append("stderr: " + run.stderr.strip().splitlines()[-1][:200])
    reports = [REPORT.fullmatch(line) for line in run.stdout.splitlines()]
    if not reports:
        found.append("no report printed")
    for line, match in zip(run.stdout.splitlines(), reports):
        if not match or not (match[1] == name or match[1].startswith(name + "_")):
            found.append("unexpected output: " + line[:200])
            break
    return found


def measure(interps, scripts, loops, reps):
    """runs[(bench, interp)] = list of Run, over `reps` rounds of shuffled (bench, interp) jobs."""
    runs = {(b, i): [] for b in scripts for i in interps}
    for rnd in range(reps):
        jobs = list(runs)
        random.shuffle(jobs)
        for k, (bench, interp) in enumerate(jobs):
            run = run_once(interps[interp], scripts[bench], loops[bench])
            runs[bench, interp].append(run)
            status = "; ".join(problems(bench, run)) or "ok"
            print("round %d/%d, %d/%d: %-16s %-8s %6.2f s %7.1f MiB  %s"
                  % (rnd + 1, reps, k + 1, len(jobs), bench, interp, run.seconds,
                     run.rss_kib / 1024, status), file=sys.stderr)
    return runs


def summarize(interps, runs, benches):
    """Medians per (bench, interp) and ratios baseline/other; None where any run failed."""
    base, others = interps[0], interps[1:]
    med = {}
    for (bench, interp), rs in runs.items():
        if all(r.code == 0 for r in rs):
            med[bench, interp] = (statistics.median(r.seconds for r in rs),
                                  statistics.median(r.rss_kib for r in rs) / 1024)
    speed, memory = {}, {}
    for bench in benches:
        for other in others:
            if (bench, base) in med and (bench, other) in med:
                speed[bench, other] = med[bench, base][0] / med[bench, other][0]
                if med[bench, base][1] and med[bench, other][1]:  # 0: time gave no figure
                    memory[bench, other] = med[bench, base][1] / med[bench, other][1]

    def geomean(ratios, other):
        values = [v for (b, o), v in ratios.items() if o == other]
        return math.exp(sum(map(math.log, values)) / len(values)) if values else None

    return {
        "medians": med, "speed": speed, "memory": memory,
        "speed_geomean": {o: geomean(speed, o) for o in others},
        "memory_geomean": {o: geomean(memory, o) for o in others},
    }


def fmt(value, spec, suffix=""):
    return "failed" if value is None else format(value, spec) + suffix


def table(interps, benches, s):
    """A Markdown table: ms per interpreter, speed ratios, MiB per interpreter."""
    others = interps[1:]
    ratio_heads = ["ratio"] if len(others) == 1 else ["%s ratio" % o for o in others]
    head = (["benchmark"] + ["%s ms" % i for i in interps] + ratio_heads
            + ["%s MiB" % i for i in interps])
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for b in benches:
        med = [s["medians"].get((b, i)) for i in interps]  # (seconds, MiB) or None
        cells = ([b] + [fmt(m and m[0] * 1e3, ".0f") for m in med]
                 + [fmt(s["speed"].get((b, o)), ".2f", "x") for o in others]
                 + [fmt(m and m[1], ".1f") for m in med])
        lines.append("| " + " | ".join(cells) + " |")
    geo = ["**%s**" % fmt(s["speed_geomean"][o], ".2f", "x") for o in others]
    blank = [""] * len(interps)
    lines.append("| " + " | ".join(["**geomean**"] + blank + geo + blank) + " |")
    return "\n".join(lines)


def machine():
    """`uname -m`, the CPU model from /proc/cpuinfo and the number of cores."""
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return "%s, %s, %d cores" % (platform.machine(), model, os.cpu_count() or 0)


def version(cmd):
    try:
        out = subprocess.run(cmd + ["--version"], capture_output=True, text=True, timeout=30)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "?"


def svg(interps, benches, s, title, subtitle):
    """Two panels of horizontal bars per benchmark, speed ratio and peak-RSS ratio, both
    baseline/other so that right of the line at 1.0 is better for the other interpreter."""
    base, others = interps[0], interps[1:]
    colours = ["#3b78b0", "#e08a3c", "#4a9c5b", "#b84a4a", "#7a5cab"]
    label_w, panel_w, gap, row_h = 140, 360, 70, 20
    top = 112
    rows = benches + ["geomean"]
    row_y = {b: top + k * row_h for k, b in enumerate(benches)}
    row_y["geomean"] = top + len(benches) * row_h + 8  # set apart from the benchmarks
    bottom = row_y["geomean"] + row_h
    width = label_w + 2 * panel_w + gap + 40
    height = bottom + 30 + (18 if len(others) > 1 else 0)
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
           'font-family="Helvetica, Arial, sans-serif">' % (width, height),
           '<rect width="100%" height="100%" fill="white"/>',
           '<text x="12" y="24" font-size="16" font-weight="bold">%s</text>' % html.escape(title)]
    for k, line in enumerate(subtitle):
        out.append('<text x="12" y="%d" font-size="12" fill="#444">%s</text>'
                   % (44 + 16 * k, html.escape(line)))
    for k, b in enumerate(benches):  # stripes to guide the eye across both panels
        if k % 2 == 0:
            out.append('<rect x="8" y="%d" width="%d" height="%d" fill="#f3f3f3"/>'
                       % (row_y[b], width - 16, row_h))
    for b in rows:
        weight = ' font-weight="bold"' if b == "geomean" else ""
        out.append('<text x="%d" y="%d" font-size="12" text-anchor="end"%s>%s</text>'
                   % (label_w - 8, row_y[b] + 14, weight, b))
    panels = [("speed", "Speed: %s time / %s time" % (base, "other" if len(others) > 1 else others[0]),
               "right of 1.0: faster than %s" % base),
              ("memory", "Peak RSS: %s / %s" % (base, "other" if len(others) > 1 else others[0]),
               "right of 1.0: less memory than %s" % base)]
    for p, (key, heading, note) in enumerate(panels):
        x0 = label_w + p * (panel_w + gap)
        ratios = dict(s[key])
        for o in others:
            ratios["geomean", o] = s[key + "_geomean"][o]
        # Axis from 0 to a round step past the largest ratio (and past 1.0).
        largest = max([v for v in ratios.values() if v is not None] + [1.0]) * 1.12
        step = next(st for st in (0.25, 0.5, 1, 2, 5, 10, 20, 50) if largest / st <= 8)
        xmax = math.ceil(largest / step) * step
        x = lambda v: x0 + v / xmax * panel_w  # noqa: E731
        out.append('<text x="%d" y="%d" font-size="13" font-weight="bold">%s</text>'
                   % (x0, top - 24, html.escape(heading)))
        out.append('<text x="%d" y="%d" font-size="11" fill="#666">%s</text>'
                   % (x0, top - 8, html.escape(note)))
        for t in range(int(round(xmax / step)) + 1):
            v = t * step
            out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/>'
                       % (x(v), top, x(v), bottom))
            out.append('<text x="%.1f" y="%d" font-size="10" text-anchor="middle" fill="#444">'
                       '%g</text>' % (x(v), bottom + 14, v))
        bar_h = (row_h - 6) / len(others)
        for b in rows:
            for j, o in enumerate(others):
                v = ratios.get((b, o))
                y = row_y[b] + 3 + j * bar_h
                if v is None:
                    out.append('<text x="%d" y="%.1f" font-size="10" fill="#b00">failed</text>'
                               % (x0 + 3, y + bar_h - 2))
                    continue
                # One interpreter against the baseline: green where it wins, red where it
                # loses; several: a colour each, with a legend.
                colour = (("#3a8f5c" if v >= 1 else "#c0504d") if len(others) == 1
                          else colours[j % len(colours)])
                out.append('<rect x="%d" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>'
                           % (x0, y, x(v) - x0, bar_h, colour))
                out.append('<text x="%.1f" y="%.1f" font-size="10"%s>%.2fx</text>'
                           % (x(v) + 3, y + bar_h - 2,
                              ' font-weight="bold"' if b == "geomean" else "", v))
        out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#222" stroke-width="1.5"/>'
                   % (x(1.0), top - 2, x(1.0), bottom + 2))
    if len(others) > 1:
        for j, o in enumerate(others):
            lx = label_w + 120 * j
            out.append('<rect x="%d" y="%d" width="10" height="10" fill="%s"/>'
                       % (lx, bottom + 24, colours[j % len(colours)]))
            out.append('<text x="%d" y="%d" font-size="11">%s</text>'
                       % (lx + 14, bottom + 33, html.escape(o)))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def parse_interp(text):
    name, sep, cmd = text.partition("=")
    if not sep or not name or not cmd:
        raise argparse.ArgumentTypeError("expected NAME=CMD, got %r" % text)
    cmd = shlex.split(cmd)
    # Processes run in the script's folder, so a relative interpreter path is made absolute.
    if os.sep in cmd[0]:
        cmd[0] = os.path.abspath(cmd[0])
    return name, cmd


def default_interps():
    real = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                          capture_output=True, text=True, check=True).stdout.strip()
    return [("cpython", [real]), ("kestrel", [os.path.join(REPO, "target", "release", "kestrel")])]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--interp", action="append", type=parse_interp, metavar="NAME=CMD",
                    help="an interpreter command (repeatable; the first is the baseline)")
    ap.add_argument("--reps", type=int, default=3, help="rounds (default 3)")
    ap.add_argument("--bench", action="append", choices=list(LOOPS), metavar="NAME",
                    help="run only this benchmark (repeatable)")
    ap.add_argument("--quick", action="store_true", help="a quarter of the loops")
    ap.add_argument("--json", metavar="OUT", help="write every run and the summary as JSON")
    ap.add_argument("--svg", metavar="OUT", help="write the chart")
    ap.add_argument("--check", action="store_true",
                    help="run each benchmark once under the non-baseline interpreters and "
                         "fail unless each exits 0 and prints only its reports")
    opts = ap.parse_args()

    interps = dict(opts.interp or default_interps())
    names = list(interps)
    benches = [b for b in LOOPS if b in opts.bench] if opts.bench else list(LOOPS)
    loops = {b: max(1, n // QUICK_DIVISOR) if opts.quick else n for b, n in LOOPS.items()}
    for name, cmd in [("GNU time", [TIME])] + list(interps.items()):
        if shutil.which(cmd[0]) is None:
            sys.exit("%s: %s is not an executable" % (name, cmd[0]))
    work, scripts = prepare(benches)
    try:
        if opts.check:
            failures = 0
            for interp in names[1:] or names:
                for b in benches:
                    run = run_once(interps[interp], scripts[b], loops[b])
                    found = problems(b, run)
                    failures += bool(found)
                    print("%-4s %-8s %-16s %6.2f s %7.1f MiB  %s"
                          % ("FAIL" if found else "ok", interp, b, run.seconds,
                             run.rss_kib / 1024, "; ".join(found)))
            total = len(benches) * len(names[1:] or names)
            print("%d of %d passed" % (total - failures, total))
            return 1 if failures else 0
        runs = measure(interps, scripts, loops, opts.reps)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    s = summarize(names, runs, benches)
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    versions = {n: version(c) for n, c in interps.items()}
    print("pyperformance %s, %s, %s; rounds: %d%s; whole-process medians"
          % (VERSION, date, machine(), opts.reps, " (--quick)" if opts.quick else ""))
    print("; ".join("%s = %s (%s)" % (n, " ".join(c), versions[n]) for n, c in interps.items()))
    print()
    print(table(names, benches, s))
    for o in names[1:]:
        print("\n%s: speed geomean %s, peak-RSS geomean %s (%s / %s)"
              % (o, fmt(s["speed_geomean"][o], ".2f", "x"), fmt(s["memory_geomean"][o], ".2f", "x"),
                 names[0], o))
    if opts.svg:
        title = "pyperformance %s: %s vs %s, rounds: %d%s" % (
            VERSION, ", ".join(names[1:]), names[0], opts.reps, ", quick" if opts.quick else "")
        subtitle = [date + " · " + machine(),
                    " · ".join("%s: %s" % (n, versions[n]) for n in names)
                    + " · whole-process medians, interleaved"]
        with open(opts.svg, "w") as f:
            f.write(svg(names, benches, s, title, subtitle))
    if opts.json:
        with open(opts.json, "w") as f:
            json.dump({
                "pyperformance": VERSION, "date": date, "machine": machine(), "reps": opts.reps,
                "quick": opts.quick, "loops": {b: loops[b] for b in benches},
                "interpreters": {n: {"cmd": c, "version": versions[n]} for n, c in interps.items()},
                "runs": {b: {i: [{"seconds": r.seconds, "rss_kib": r.rss_kib, "exit": r.code}
                                 for r in runs[b, i]] for i in names} for b in benches},
                "median_ms": {b: {i: s["medians"][b, i][0] * 1e3 for i in names
                                  if (b, i) in s["medians"]} for b in benches},
                "median_mib": {b: {i: s["medians"][b, i][1] for i in names
                                   if (b, i) in s["medians"]} for b in benches},
                "speed_ratio": {o: {b: s["speed"].get((b, o)) for b in benches} for o in names[1:]},
                "rss_ratio": {o: {b: s["memory"].get((b, o)) for b in benches} for o in names[1:]},
                "speed_geomean": s["speed_geomean"], "rss_geomean": s["memory_geomean"],
            }, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
