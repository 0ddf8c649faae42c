#!/usr/bin/env python3
"""Generate expected outputs for the Kestrel script-test suite.

CPython 3.11 is the oracle: every expected file is produced by running the
real interpreter, never written by hand.

Usage (from anywhere):

    python3.11 tests/gen_expected.py            # regenerate everything
    python3.11 tests/gen_expected.py strings    # only programs whose relative
                                                # path contains "strings"
    python3.11 tests/gen_expected.py --check    # don't write; report programs
                                                # whose expected files are stale

For every tests/programs/**/*.py (files named mod_*.py and files inside package
folders, which have an __init__.py, are helper modules and are skipped) it runs CPython with cwd = the program's folder, stdin from
/dev/null, PYTHONIOENCODING=utf-8 and PYTHONHASHSEED=0, then writes next to
the program:

    <name>.stdout   exact stdout bytes
    <name>.exit     only when the exit code is non-zero: two lines,
                    the exit code, then the LAST non-empty line of stderr
    <name>.stderr   only in folders holding a COMPARE_STDERR file: the whole
                    stderr, with the program's folder taken out of paths

Each program is run a second time with PYTHONHASHSEED=1; programs whose
stdout differs between the two runs are reported as NONDETERMINISTIC (fix
the program: e.g. don't print sets of strings). The script exits non-zero
if any program was nondeterministic, timed out, or (with --check) is stale.
"""

import os
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_expected.py must be run with CPython 3.11 (got %d.%d)"
             % sys.version_info[:2])

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "programs")
TIMEOUT = 60


def find_programs():
    out = []
    for dirpath, dirnames, filenames in os.walk(ROOT):
        # Package folders (with an __init__.py) hold modules for import tests.
        dirnames[:] = sorted(
            d for d in dirnames
            if d != "__pycache__"
            and not os.path.exists(os.path.join(dirpath, d, "__init__.py"))
        )
        for fn in sorted(filenames):
            if fn.endswith(".py") and not fn.startswith("mod_"):
                out.append(os.path.join(dirpath, fn))
    return sorted(out)


def run(path, seed):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = str(seed)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONSTARTUP", None)
    with open(os.devnull, "rb") as devnull:
        p = subprocess.run(
            [sys.executable, os.path.basename(path)],
            cwd=os.path.dirname(path),
            stdin=devnull,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            timeout=TIMEOUT,
        )
    return p.returncode, p.stdout, p.stderr


def last_nonempty_line(data):
    lines = [l for l in data.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1].rstrip() if lines else ""


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main(argv):
    check = "--check" in argv
    filters = [a for a in argv if not a.startswith("--")]
    progs = find_programs()
    if filters:
        progs = [p for p in progs
                 if any(f in os.path.relpath(p, ROOT) for f in filters)]
    problems = 0
    failing = 0
    for path in progs:
        rel = os.path.relpath(path, ROOT)
        base = path[:-3]
        try:
            code, out, err = run(path, 0)
            code1, out1, _ = run(path, 1)
        except subprocess.TimeoutExpired:
            print("TIMEOUT          %s" % rel)
            problems += 1
            continue
        # Tracebacks a program prints name it by its absolute path: record it relative to
        # the program's folder (tests/programs.rs compares it the same way).
        folder = (os.path.dirname(os.path.abspath(path)) + "/").encode()
        out, out1 = out.replace(folder, b""), out1.replace(folder, b"")
        if out != out1 or code != code1:
            print("NONDETERMINISTIC %s" % rel)
            problems += 1
        exit_text = None
        if code != 0:
            failing += 1
            exit_text = "%d\n%s\n" % (code, last_nonempty_line(err))
        stderr_text = None
        if os.path.exists(os.path.join(os.path.dirname(path), "COMPARE_STDERR")):
            prefix = os.path.dirname(os.path.abspath(path)) + "/"
            stderr_text = err.decode("utf-8", "replace").replace(prefix, "")
        if check:
            stale = read_bytes(base + ".stdout") != out
            if stderr_text is not None:
                old_err = read_bytes(base + ".stderr")
                stale = stale or old_err is None or old_err.decode() != stderr_text
            old_exit = read_bytes(base + ".exit")
            if (old_exit.decode() if old_exit is not None else None) != exit_text:
                stale = True
            if stale:
                print("STALE            %s" % rel)
                problems += 1
            continue
        with open(base + ".stdout", "wb") as f:
            f.write(out)
        if exit_text is not None:
            with open(base + ".exit", "w", encoding="utf-8", newline="\n") as f:
                f.write(exit_text)
        elif os.path.exists(base + ".exit"):
            os.remove(base + ".exit")
        if stderr_text is not None:
            with open(base + ".stderr", "w", encoding="utf-8", newline="\n") as f:
                f.write(stderr_text)
    print("%d programs, %d with non-zero exit, %d problems"
          % (len(progs), failing, problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
