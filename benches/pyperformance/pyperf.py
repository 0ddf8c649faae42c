"""A small stand-in for the `pyperf` module, so that pyperformance's benchmark scripts run unmodified.

run.py copies it beside each `run_benchmark.py`. Real pyperf spawns worker processes, calibrates
loop counts and keeps statistics; this one runs each benchmark in-process a fixed number of
loops (`--loops N`, given by run.py) once, without warm-ups, so that the whole process's wall
time is the measurement. It prints one line per benchmark:

    NAME: LOOPS loops, MS ms per inner loop

which run.py --check expects and nothing else.
"""

import argparse
import time

perf_counter = time.perf_counter


class Runner:
    # Real pyperf takes many keyword arguments (values, processes, warmups, add_cmdline_args for
    # its worker processes, ...); they tune its sampling, which this stand-in does not do.
    def __init__(self, *, metadata=None, **_ignored):
        self.metadata = dict(metadata or {})
        self.argparser = argparse.ArgumentParser()
        self.argparser.add_argument("--loops", type=int, default=1)
        self.args = None

    def parse_args(self, args=None):
        # Scripts call this before benchmarking (or not at all); either way it runs once.
        if self.args is None:
            self.args = self.argparser.parse_args(args)
        return self.args

    def _report(self, name, seconds, inner_loops):
        loops = self.args.loops
        per_loop = seconds / (loops * (inner_loops or 1))
        print("%s: %d loops, %.6f ms per inner loop" % (name, loops, per_loop * 1e3))

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        """Calls func(*args) LOOPS times."""
        loops = self.parse_args().loops
        t0 = perf_counter()
        for _ in range(loops):
            func(*args)
        self._report(name, perf_counter() - t0, inner_loops)

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        """time_func(LOOPS, *args) runs the loops itself and returns the seconds they took."""
        loops = self.parse_args().loops
        self._report(name, time_func(loops, *args), inner_loops)

    def bench_async_func(self, name, func, *args, inner_loops=None, metadata=None):
        """Awaits func(*args) LOOPS times in one event loop (none of the 18 uses it)."""
        import asyncio

        loops = self.parse_args().loops

        async def repeat():
            t0 = perf_counter()
            for _ in range(loops):
                await func(*args)
            return perf_counter() - t0

        self._report(name, asyncio.run(repeat()), inner_loops)

    def bench_command(self, name, command):
        """Runs an external command LOOPS times (none of the 18 uses it)."""
        import subprocess

        loops = self.parse_args().loops
        t0 = perf_counter()
        for _ in range(loops):
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        self._report(name, perf_counter() - t0, None)
