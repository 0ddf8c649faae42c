"""Reports on profiles made by `cProfile`/`profile`: `Stats` loads them (from a Profile
object or a file `dump_stats` wrote), merges them, sorts, restricts and prints them in
CPython's layout."""

import marshal
import os
import re
import sys
import time
from enum import StrEnum
from dataclasses import dataclass
from typing import Dict

__all__ = ["Stats", "SortKey", "FunctionProfile", "StatsProfile"]


class SortKey(StrEnum):
    CALLS = 'calls'
    CUMULATIVE = 'cumulative'
    FILENAME = 'filename'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time'


# The other names of the sort keys (`SortKey('tottime') is SortKey.TIME`).
for _alias, _key in (('ncalls', 'calls'), ('cumtime', 'cumulative'), ('module', 'filename'),
                     ('tottime', 'time')):
    SortKey._value2member_map_[_alias] = SortKey(_key)
del _alias, _key


@dataclass(unsafe_hash=True)
class FunctionProfile:
    ncalls: str
    tottime: float
    percall_tottime: float
    cumtime: float
    percall_cumtime: float
    file_name: str
    line_number: int


@dataclass(unsafe_hash=True)
class StatsProfile:
    '''Class for keeping track of an item in inventory.'''
    total_tt: float
    func_profiles: Dict[str, FunctionProfile]


# Each sort key: the columns it sorts by, as (column, direction), and how it is described.
# The columns are those of `_sort_row`: primitive calls, calls, inline time, cumulative
# time, file, line, name, standard name.
_SORT_KEYS = {
    "calls": (((1, -1),), "call count"),
    "ncalls": (((1, -1),), "call count"),
    "cumtime": (((3, -1),), "cumulative time"),
    "cumulative": (((3, -1),), "cumulative time"),
    "filename": (((4, 1),), "file name"),
    "line": (((5, 1),), "line number"),
    "module": (((4, 1),), "file name"),
    "name": (((6, 1),), "function name"),
    "nfl": (((6, 1), (4, 1), (5, 1)), "name/file/line"),
    "pcalls": (((0, -1),), "primitive call count"),
    "stdname": (((7, 1),), "standard name"),
    "time": (((2, -1),), "internal time"),
    "tottime": (((2, -1),), "internal time"),
}

# sort_stats' old integer arguments.
_LEGACY_SORT = {-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}


class _Reversed:
    """A sort key item ordered the other way round (for the descending columns)."""
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return other.v < self.v

    def __eq__(self, other):
        return self.v == other.v


class Stats:
    """Profile statistics: `Stats(profile_or_file, ..., stream=None)`."""

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        first = args[0] if args else None
        self.init(first)
        self.add(*args[1:])

    def init(self, arg):
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.stats = {}
        self.sort_arg_dict = {}
        self.load_stats(arg)
        self.get_top_level_stats()

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            with open(arg, 'rb') as f:
                self.stats = marshal.load(f)
            try:
                arg = time.ctime(os.stat(arg).st_mtime) + "    " + arg
            except OSError:
                pass
            self.files = [arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r"
                            % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level.add(func)
            self.max_name_len = max(self.max_name_len, len(func_std_string(func)))

    def add(self, *arg_list):
        for item in reversed(arg_list):
            if type(self) != type(item):
                item = Stats(item)
            self.files += item.files
            self.total_calls += item.total_calls
            self.prim_calls += item.prim_calls
            self.total_tt += item.total_tt
            self.top_level.update(item.top_level)
            self.max_name_len = max(self.max_name_len, item.max_name_len)
            self.fcn_list = None
            for func, stat in item.stats.items():
                old = self.stats.get(func, (0, 0, 0, 0, {}))
                self.stats[func] = add_func_stats(old, stat)
        return self

    def dump_stats(self, filename):
        """Write the profile data to a file pstats can read back."""
        with open(filename, 'wb') as f:
            marshal.dump(self.stats, f)

    def get_sort_arg_defs(self):
        """The sort keys and their unique prefixes ("cum" for "cumulative")."""
        if not self.sort_arg_dict:
            by_prefix = {}
            ambiguous = set()
            for word, spec in _SORT_KEYS.items():
                for end in range(1, len(word)):
                    prefix = word[:end]
                    if prefix in by_prefix:
                        ambiguous.add(prefix)
                    by_prefix[prefix] = spec
            for prefix in ambiguous:
                del by_prefix[prefix]
            by_prefix.update(_SORT_KEYS)
            self.sort_arg_dict = by_prefix
        return self.sort_arg_dict

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = [_LEGACY_SORT[field[0]]]
        elif len(field) > 1:
            for arg in field:
                if type(arg) != type(field[0]):
                    raise TypeError("Can't have mixed argument type")
        defs = self.get_sort_arg_defs()
        columns = []
        descriptions = []
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            spec = defs[word]
            columns.extend(spec[0])
            descriptions.append(spec[1])
        rows = [(cc, nc, tt, ct) + func + (func_std_string(func), func)
                for func, (cc, nc, tt, ct, callers) in self.stats.items()]

        def key(row):
            return tuple(row[col] if direction > 0 else _Reversed(row[col])
                         for col, direction in columns)

        rows.sort(key=key)
        self.fcn_list = [row[-1] for row in rows]
        self.sort_type = ", ".join(descriptions)
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        old = self.stats
        self.stats = new = {}
        max_name_len = 0
        for func, (cc, nc, tt, ct, callers) in old.items():
            newfunc = func_strip_path(func)
            max_name_len = max(max_name_len, len(func_std_string(newfunc)))
            newcallers = {func_strip_path(f): c for f, c in callers.items()}
            if newfunc in new:
                new[newfunc] = add_func_stats(new[newfunc], (cc, nc, tt, ct, newcallers))
            else:
                new[newfunc] = (cc, nc, tt, ct, newcallers)
        self.top_level = {func_strip_path(f) for f in self.top_level}
        self.max_name_len = max_name_len
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            callees.setdefault(func, {})
            for caller, stat in callers.items():
                callees.setdefault(caller, {})[func] = stat

    def eval_print_amount(self, sel, items, msg):
        new = items
        if isinstance(sel, str):
            try:
                rex = re.compile(sel)
            except re.error:
                msg += "   <Invalid regular expression %r>\n" % sel
                return new, msg
            new = [func for func in items if rex.search(func_std_string(func))]
        else:
            count = len(items)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                new = items[:int(count * sel + .5)]
            elif isinstance(sel, int) and 0 <= sel < count:
                new = items[:sel]
        if len(items) != len(new):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (
                len(items), len(new), sel)
        return new, msg

    def get_stats_profile(self):
        """The statistics as a StatsProfile of FunctionProfiles, by function name."""
        func_list = self.fcn_list[:] if self.fcn_list else list(self.stats.keys())
        if not func_list:
            return StatsProfile(0, {})
        total_tt = float(f8(self.total_tt))
        profiles = {}
        for func in func_list:
            cc, nc, tt, ct, callers = self.stats[func]
            ncalls = str(nc) if nc == cc else str(nc) + '/' + str(cc)
            profiles[func_get_function_name(func)] = FunctionProfile(
                ncalls, float(f8(tt)), float(f8(tt / nc)) if nc else 0.0, float(f8(ct)),
                float(f8(ct / cc)) if cc else 0.0, func[0], func[1])
        return StatsProfile(total_tt, profiles)

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            items = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            items = list(self.stats.keys())
            msg = "   Random listing order was used\n"
        for sel in sel_list:
            items, msg = self.eval_print_amount(sel, items, msg)
        if not items:
            return 0, items
        print(msg, file=self.stream)
        if len(items) < len(self.stats):
            width = max(len(func_std_string(func)) for func in items)
        return width + 2, items

    def print_stats(self, *amount):
        out = self.stream
        for filename in self.files:
            print(filename, file=out)
        if self.files:
            print(file=out)
        indent = ' ' * 8
        for func in self.top_level:
            print(indent, func_get_function_name(func), file=out)
        print(indent, self.total_calls, "function calls", end=' ', file=out)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=' ', file=out)
        print("in %.3f seconds" % self.total_tt, file=out)
        print(file=out)
        width, items = self.get_print_list(amount)
        if items:
            self.print_title()
            for func in items:
                self.print_line(func)
            print(file=out)
            print(file=out)
        return self

    def print_callees(self, *amount):
        width, items = self.get_print_list(amount)
        if items:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in items:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, items = self.get_print_list(amount)
        if items:
            self.print_call_heading(width, "was called by...")
            for func in items:
                self.print_call_line(width, func, self.stats[func][4], "<-")
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print("Function ".ljust(name_size) + column_title, file=self.stream)
        # cProfile's caller entries are tuples of figures, profile's are call counts.
        tuples = False
        for cc, nc, tt, ct, callers in self.stats.values():
            if callers:
                tuples = isinstance(next(iter(callers.values())), tuple)
                break
        if tuples:
            print(" " * name_size + "    ncalls  tottime  cumtime", file=self.stream)

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        print(func_std_string(source).ljust(name_size) + arrow, end=' ', file=self.stream)
        if not call_dict:
            print(file=self.stream)
            return
        indent = ""
        for func in sorted(call_dict.keys()):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                calls = '%d/%d' % (nc, cc) if nc != cc else '%d' % (nc,)
                line = '%s %s %s  %s' % (calls.rjust(7 + 2 * len(indent)), f8(tt), f8(ct), name)
                left_width = name_size + 1
            else:
                line = '%s(%r) %s' % (name, value, f8(self.stats[func][3]))
                left_width = name_size + 3
            print(indent * left_width + line, file=self.stream)
            indent = " "

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall filename:lineno(function)',
              file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        calls = str(nc) if nc == cc else str(nc) + '/' + str(cc)
        fields = [calls.rjust(9), f8(tt), f8(tt / nc) if nc else ' ' * 8, f8(ct),
                  f8(ct / cc) if cc else ' ' * 8, func_std_string(func)]
        print(' '.join(fields), file=self.stream)


def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    if func_name[:2] == ('~', 0):
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func_name


def add_func_stats(target, source):
    cc, nc, tt, ct, callers = source
    t_cc, t_nc, t_tt, t_ct, t_callers = target
    return (cc + t_cc, nc + t_nc, tt + t_tt, ct + t_ct, add_callers(t_callers, callers))


def add_callers(target, source):
    new = dict(target)
    for func, caller in source.items():
        if func in new:
            if isinstance(caller, tuple):
                new[func] = tuple(i + j for i, j in zip(caller, new[func]))
            else:
                new[func] += caller
        else:
            new[func] = caller
    return new


def count_calls(callers):
    return sum(callers.values())


def f8(x):
    return "%8.3f" % (x,)
