"""Compare files and directories.

cmp(f1, f2, shallow=True) compares two files (by their os.stat signature
first, then byte by byte, with a cache keyed by both signatures);
cmpfiles(a, b, names) sorts names into equal, different and trouble lists;
dircmp(a, b) compares two directory trees lazily.
"""

import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs',
                   '__pycache__']

_cache = {}


def clear_cache():
    """Clear the filecmp cache."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """Return True if the files f1 and f2 seem equal.

    With shallow true, files whose os.stat() signatures (type, size,
    modification time) are equal are taken as equal without reading them.
    """
    sig1 = _signature(os.stat(f1))
    sig2 = _signature(os.stat(f2))
    if sig1[0] != stat.S_IFREG or sig2[0] != stat.S_IFREG:
        return False
    if shallow and sig1 == sig2:
        return True
    if sig1[1] != sig2[1]:
        return False
    key = (f1, f2, sig1, sig2)
    found = _cache.get(key)
    if found is None:
        found = _same_contents(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = found
    return found


def _same_contents(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            chunk_a = a.read(BUFSIZE)
            chunk_b = b.read(BUFSIZE)
            if chunk_a != chunk_b:
                return False
            if not chunk_a:
                return True


def _drop(names, skipped):
    return [n for n in names if n not in skipped]


class dircmp:
    """Compare the contents of two directories.

    dircmp(a, b, ignore=None, hide=None): ignore defaults to DEFAULT_IGNORES,
    hide to [os.curdir, os.pardir].  The result attributes (left_list,
    right_list, common, left_only, right_only, common_dirs, common_files,
    common_funny, same_files, diff_files, funny_files, subdirs) are computed
    on first use.
    """

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        skipped = self.hide + self.ignore
        self.left_list = sorted(_drop(os.listdir(self.left), skipped))
        self.right_list = sorted(_drop(os.listdir(self.right), skipped))

    def phase1(self):
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in left if k not in right]
        self.right_only = [right[k] for k in right if k not in left]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            a_path = os.path.join(self.left, name)
            b_path = os.path.join(self.right, name)
            try:
                a_mode = os.stat(a_path).st_mode
                b_mode = os.stat(b_path).st_mode
            except OSError:
                self.common_funny.append(name)
                continue
            if stat.S_IFMT(a_mode) != stat.S_IFMT(b_mode):
                self.common_funny.append(name)
            elif stat.S_ISDIR(a_mode):
                self.common_dirs.append(name)
            elif stat.S_ISREG(a_mode):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(
                os.path.join(self.left, name), os.path.join(self.right, name),
                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2,
                     common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        phase = self.methodmap.get(attr)
        if phase is None:
            raise AttributeError(attr)
        phase(self)
        return getattr(self, attr)

    def report(self):
        """Print a report on the differences between left and right."""
        print('diff', self.left, self.right)
        for attr, label in (('left_only', ('Only in', self.left, ':')),
                            ('right_only', ('Only in', self.right, ':')),
                            ('same_files', ('Identical files :',)),
                            ('diff_files', ('Differing files :',)),
                            ('funny_files', ('Trouble with common files :',)),
                            ('common_dirs', ('Common subdirectories :',)),
                            ('common_funny', ('Common funny cases :',))):
            names = getattr(self, attr)
            if names:
                names.sort()
                print(*label, names)

    def report_partial_closure(self):
        """Print reports on self and its immediate subdirectories."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """Print reports on self and all its subdirectories, recursively."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    __class_getitem__ = classmethod(GenericAlias)


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in common in directories a and b.

    Returns (equal, different, trouble): files that could not be compared
    (missing, unreadable) go to trouble.
    """
    result = ([], [], [])
    for name in common:
        try:
            same = cmp(os.path.join(a, name), os.path.join(b, name), shallow)
        except OSError:
            result[2].append(name)
            continue
        result[0 if same else 1].append(name)
    return result
