"""Timing small pieces of code: Timer, timeit() and repeat()."""

import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Times `stmt` (a string of code or a callable) after running `setup` once."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ""
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + "\n"
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns["_setup"] = setup
            init += ", _setup=_setup"
            stmtprefix = ""
            setup = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            init += ", _stmt=_stmt"
            stmt = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        it = itertools.repeat(None, number)
        return self.inner(it, self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_USAGE = """\
Usage: python -m timeit [-n N] [-r N] [-s S] [-p] [-h] [--] [statement]
Options: -n/--number N, -r/--repeat N, -s/--setup S, -p/--process, -u/--unit U,
-v/--verbose, -h/--help."""

_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def _parse_args(args):
    """The options of `python -m timeit` (getopt's rules: -nN or -n N, long forms with =)."""
    import getopt
    opts, args = getopt.getopt(args, "n:u:s:r:pvh",
                               ["number=", "setup=", "repeat=", "process", "verbose",
                                "unit=", "help"])
    conf = {"number": 0, "repeat": default_repeat, "setup": [], "timer": default_timer,
            "verbose": 0, "unit": None, "help": False}
    for o, a in opts:
        if o in ("-n", "--number"):
            conf["number"] = int(a)
        elif o in ("-s", "--setup"):
            conf["setup"].append(a)
        elif o in ("-u", "--unit"):
            if a not in _UNITS:
                raise ValueError("Unrecognized unit. Please select nsec, usec, msec, or sec.")
            conf["unit"] = a
        elif o in ("-r", "--repeat"):
            conf["repeat"] = max(int(a), 1)
        elif o in ("-p", "--process"):
            conf["timer"] = time.process_time
        elif o in ("-v", "--verbose"):
            conf["verbose"] += 1
        elif o in ("-h", "--help"):
            conf["help"] = True
    return conf, args


def main(args=None, *, _wrap_timer=None):
    """`python -m timeit`: times the statement, choosing the loop count (when -n is not
    given) so that one repetition takes at least 0.2 s, and prints the best per-loop time."""
    import os
    if args is None:
        args = sys.argv[1:]
    try:
        conf, args = _parse_args(args)
    except Exception as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    if conf["help"]:
        print(_USAGE, end="")
        return 0
    stmt = "\n".join(args) or "pass"
    setup = "\n".join(conf["setup"]) or "pass"
    timer = conf["timer"]
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    verbose, unit = conf["verbose"], conf["unit"]
    precision = 3 + verbose
    # The statement's names resolve in the current directory's modules, as a script's do.
    sys.path.insert(0, os.curdir)
    t = Timer(stmt, setup, timer)
    number = conf["number"]
    if number == 0:
        def show(number, time_taken):
            if verbose:
                print("{num} loop{s} -> {secs:.{prec}g} secs".format(
                    num=number, s="s" if number != 1 else "", secs=time_taken, prec=precision))
        try:
            number, _ = t.autorange(show if verbose else None)
        except Exception:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw_timings = t.repeat(conf["repeat"], number)
    except Exception:
        t.print_exc()
        return 1

    def format_time(dt):
        scale_unit = unit
        if scale_unit is None:
            scale_unit = "nsec"
            for name, scale in sorted(_UNITS.items(), key=lambda kv: kv[1], reverse=True):
                if dt >= scale:
                    scale_unit = name
                    break
        return "%.*g %s" % (precision, dt / _UNITS[scale_unit], scale_unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    print("%d loop%s, best of %d: %s per loop"
          % (number, "s" if number != 1 else "", conf["repeat"], format_time(best)))
    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. "
                               "The worst time (%s) was more than four times "
                               "slower than the best time (%s)."
                               % (format_time(worst), format_time(best)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
