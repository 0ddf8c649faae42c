"""Deterministic profiling of Python programs, with CPython's `cProfile` API: a `Profile`
records how often each Python function was called and the time spent in it, and `pstats`
reports it.

The recording is the VM's (the native `_lsprof`): it counts calls of Python functions and
methods; calls of builtin functions are not recorded. The per-function results are kept
here, per `Profile` object, across `enable()`/`disable()` pairs."""

import sys
import _lsprof

__all__ = ["run", "runctx", "Profile"]

# The Profile whose recording runs (the VM has one recorder).
_recording = None


class Profile:
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True)

    Builds a profiler object using the specified timer function. The default timer is a
    fast built-in one based on real time."""

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        # label -> [calls, primitive calls, inline time, cumulative time,
        #           {caller label: [calls, primitive calls, inline time, cumulative time]}]
        self._data = {}

    def enable(self, subcalls=True, builtins=True):
        """Start collecting profiling information."""
        global _recording
        if _recording is self:
            return
        if _recording is not None:
            _recording.disable()
        _lsprof.enable()
        _recording = self

    def disable(self):
        """Stop collecting profiling information."""
        global _recording
        if _recording is not self:
            return
        _recording = None
        self._merge(_lsprof.disable())

    def _merge(self, rows):
        for label, calls, prim, inline, cumul, callers in rows:
            entry = self._data.get(label)
            if entry is None:
                entry = self._data[label] = [0, 0, 0.0, 0.0, {}]
            entry[0] += calls
            entry[1] += prim
            entry[2] += inline
            entry[3] += cumul
            for caller, c_calls, c_prim, c_inline, c_cumul in callers:
                edge = entry[4].get(caller)
                if edge is None:
                    edge = entry[4][caller] = [0, 0, 0.0, 0.0]
                edge[0] += c_calls
                edge[1] += c_prim
                edge[2] += c_inline
                edge[3] += c_cumul

    def clear(self):
        """Clear all profiling information collected so far."""
        self._data = {}

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        """`self.stats`: {(file, line, name): (primitive calls, calls, inline time,
        cumulative time, {caller: (calls, primitive calls, inline time, cumulative time)})},
        as `pstats` reads it."""
        self.stats = {}
        for label, (calls, prim, inline, cumul, callers) in self._data.items():
            self.stats[label] = (prim, calls, inline, cumul,
                                 {c: (e[0], e[1], e[2], e[3]) for c, e in callers.items()})

    def getstats(self):
        raise NotImplementedError("Profile.getstats(): Kestrel's profiler has no "
                                  "_lsprof.profiler_entry objects; use pstats.Stats(profile)")

    def print_stats(self, sort=-1):
        import pstats
        if not isinstance(sort, tuple):
            sort = (sort,)
        pstats.Stats(self).strip_dirs().sort_stats(*sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


def _run_and_report(prof, run, filename, sort):
    try:
        run()
    except SystemExit:
        pass
    finally:
        if filename is not None:
            prof.dump_stats(filename)
        else:
            prof.print_stats(sort)


def run(statement, filename=None, sort=-1):
    """Run statement under the profiler, then print the statistics (sorted by `sort`), or
    save them to `filename` for pstats."""
    prof = Profile()
    _run_and_report(prof, lambda: prof.run(statement), filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Run statement under the profiler with the given globals and locals."""
    prof = Profile()
    _run_and_report(prof, lambda: prof.runctx(statement, globals, locals), filename, sort)


def label(code):
    if isinstance(code, str):
        return ('~', 0, code)
    return (code.co_filename, code.co_firstlineno, code.co_name)


def main():
    """`python -m cProfile [-o output_file] [-s sort] (-m module | scriptfile) [arg] ...`"""
    import os
    import runpy
    args = sys.argv[1:]
    outfile, sort, module = None, -1, False
    usage = "cProfile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ..."
    while args and args[0].startswith("-"):
        opt = args.pop(0)
        if opt in ("-o", "--outfile") and args:
            outfile = args.pop(0)
        elif opt in ("-s", "--sort") and args:
            sort = args.pop(0)
        elif opt == "-m":
            module = True
            break
        else:
            print("Usage: " + usage, file=sys.stderr)
            sys.exit(2)
    if not args:
        print("Usage: " + usage, file=sys.stderr)
        sys.exit(2)
    sys.argv[:] = args
    prof = Profile()
    if module:
        run_it = lambda: prof.runcall(runpy.run_module, args[0], run_name="__main__",
                                      alter_sys=True)
    else:
        progname = args[0]
        sys.path.insert(0, os.path.dirname(progname))
        with open(progname, 'rb') as fp:
            code = compile(fp.read(), progname, 'exec')
        globs = {'__file__': progname, '__name__': '__main__', '__package__': None,
                 '__cached__': None}
        run_it = lambda: prof.runctx(code, globs, None)
    _run_and_report(prof, run_it, outfile, sort)


if __name__ == '__main__':
    main()
