"""Deterministic profiling with the `profile` module's API. CPython's is a pure-Python
profiler over `sys.setprofile`; here it shares cProfile's recorder in the VM (Python
functions' calls and times; builtin calls are not recorded). Its statistics record the
callers' call counts only, as CPython's `profile` does."""

import sys
import cProfile as _cProfile

__all__ = ["run", "runctx", "Profile"]


class Profile(_cProfile.Profile):
    """Profile(timer=None, bias=None)"""

    bias = 0

    def __init__(self, timer=None, bias=None):
        super().__init__()
        if bias is not None:
            self.bias = bias

    def snapshot_stats(self):
        super().snapshot_stats()
        self.stats = {func: (cc, nc, tt, ct, {c: v[0] for c, v in callers.items()})
                      for func, (cc, nc, tt, ct, callers) in self.stats.items()}

    def calibrate(self, m, verbose=0):
        """The per-event overhead to subtract as `bias`: none here, as events are recorded
        in the VM, not by Python code in the profiled program's time."""
        return 0.0


def run(statement, filename=None, sort=-1):
    """Run statement under the profiler, then print the statistics (sorted by `sort`), or
    save them to `filename` for pstats."""
    prof = Profile()
    _cProfile._run_and_report(prof, lambda: prof.run(statement), filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Run statement under the profiler with the given globals and locals."""
    prof = Profile()
    _cProfile._run_and_report(prof, lambda: prof.runctx(statement, globals, locals),
                              filename, sort)


if __name__ == '__main__':
    _cProfile.main()
