#!/usr/bin/env python3
"""Writes src/startup.order: the functions `kestrel` runs while starting up, and then the
read-only data they read (the frozen library's code objects, instruction and constant arrays),
for the linker to lay out next to each other (`--symbol-ordering-file`, passed by build.rs).
Start-up then faults in fewer pages: `kestrel -c pass` went from 730 to 675 us (hyperfine
medians) with the functions ordered; ordering the data too took the import line of
benches/startup_runner.py from 9.4 to 6.6 MB peak RSS and `-c pass` from 2.8 to 2.0 MB.

It also writes corelib/startup.modules: the core-library modules those commands import, in
import order, which corelib/build.rs freezes first so their code objects lie together.

Run it after changes that move start-up code around, then rebuild:

    cargo build --release && python3 benches/startup_order.py && cargo build --release

Needs valgrind. Names the linker no longer finds are skipped, so a stale list costs only
the speed-up, never the build."""
import argparse
import bisect
import os
import re
import subprocess
import sys
import tempfile

COMMANDS = [
    ["-c", "pass"],
    ["-c", "import random, math, collections"],
    ["-c", "import os, re, json, dataclasses, enum, typing, collections, datetime, pathlib, argparse"],
]


def functions(kestrel, args):
    """Mangled names of the functions one run executes, in the order callgrind lists them."""
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "cg.out")
        subprocess.run(["valgrind", "--tool=callgrind", "--demangle=no",
                        f"--callgrind-out-file={out}", kestrel] + args,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        names = []
        with open(out) as f:
            for line in f:
                m = re.match(r"^c?fn=\(\d+\) (.+)$", line)
                if not m:
                    continue
                # Recursive calls carry a callgrind suffix ('2); "(below main)" and bare
                # addresses are not symbols.
                name = re.sub(r"'\d+$", "", m.group(1))
                if not name.startswith("0x") and " " not in name and "(" not in name:
                    names.append(name)
        return names


def data_symbols(kestrel, args):
    """Names of the data symbols of the binary one run reads or writes, in first-touch order.

    valgrind's lackey traces every memory access; an address inside a symbol of the binary's
    data (nm types r, R, d, D) names that symbol. Strings merged by the linker have no symbol
    and stay where they are."""
    table = subprocess.run(["nm", "-n", "-S", kestrel], capture_output=True, text=True,
                           check=True).stdout
    starts, ends, names = [], [], []
    for line in table.splitlines():
        p = line.split()
        if len(p) == 4 and p[2] in "rRdD" and int(p[1], 16):
            starts.append(int(p[0], 16))
            ends.append(int(p[0], 16) + int(p[1], 16))
            names.append(p[3])
    lo, hi = starts[0], ends[-1]
    touched, looked_up = {}, set()
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["valgrind", "--tool=lackey", "--trace-mem=yes",
                             f"--log-fd={write_fd}", kestrel] + args,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            pass_fds=(write_fd,))
    os.close(write_fd)
    with os.fdopen(read_fd) as log:
        for line in log:
            # " L 04021de0,8" (load), " S" store, " M" modify; "I" lines are instructions.
            if line[:1] != " ":
                continue
            addr = int(line[3:line.index(",")], 16)
            if lo <= addr < hi and addr not in looked_up:
                looked_up.add(addr)
                i = bisect.bisect_right(starts, addr) - 1
                if i >= 0 and addr < ends[i]:
                    touched.setdefault(names[i], None)
    proc.wait()
    return list(touched)


def modules(kestrel, args):
    """Names of the modules one run imports, in import order."""
    code = args[1] + "\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([kestrel, "-c", code], capture_output=True, text=True, check=True)
    return [m for m in out.stdout.split() if m not in ("__main__", "builtins", "sys")]


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kestrel", default="target/release/kestrel")
    ap.add_argument("--out", default="src/startup.order")
    ap.add_argument("--modules-out", default="corelib/startup.modules")
    a = ap.parse_args()
    seen = {}
    for args in COMMANDS:
        for name in functions(a.kestrel, args):
            seen.setdefault(name, None)
    data = {}
    for args in COMMANDS:
        for name in data_symbols(a.kestrel, args):
            data.setdefault(name, None)
    with open(a.out, "w") as f:
        f.write("# Generated by benches/startup_order.py: functions start-up runs, then the\n"
                "# data it reads, placed together by the linker (see build.rs). Regenerate;\n"
                "# do not edit.\n")
        for name in list(seen) + list(data):
            f.write(name + "\n")
    print(f"{len(seen)} functions, {len(data)} data symbols -> {a.out}", file=sys.stderr)
    mods = {}
    for args in COMMANDS:
        for m in modules(a.kestrel, args):
            mods.setdefault(m, None)
    with open(a.modules_out, "w") as f:
        f.write("# Generated by benches/startup_order.py: the core-library modules start-up\n"
                "# benchmarks import, in import order; corelib/build.rs freezes them first.\n"
                "# Regenerate; do not edit.\n")
        for m in mods:
            f.write(m + "\n")
    print(f"{len(mods)} modules -> {a.modules_out}", file=sys.stderr)


main()
