"""The Tab Nanny: find indentation whose meaning depends on the tab size.

check(file_or_dir) reports, on standard output, each file whose indentation
is ambiguous; process_tokens(tokens) raises NannyNag at the first ambiguous
line.  An indent is ambiguous when, at some tab size, it is not deeper than
the enclosing block (an INDENT), or not level with it (a statement).
"""

__version__ = "6"

import os
import sys
import tokenize

__all__ = ["check", "NannyNag", "process_tokens"]

verbose = 0
filename_only = 0


def errprint(*args):
    sys.stderr.write(" ".join(str(a) for a in args) + "\n")


def main():
    import getopt
    global verbose, filename_only
    try:
        opts, args = getopt.getopt(sys.argv[1:], "qv")
    except getopt.error as msg:
        errprint(msg)
        return
    for o, _ in opts:
        if o == '-q':
            filename_only += 1
        if o == '-v':
            verbose += 1
    if not args:
        errprint("Usage:", sys.argv[0], "[-v] file_or_directory ...")
        return
    for arg in args:
        check(arg)


class NannyNag(Exception):
    """Raised by process_tokens() at an ambiguous indent."""

    def __init__(self, lineno, msg, line):
        self.lineno, self.msg, self.line = lineno, msg, line

    def get_lineno(self):
        return self.lineno

    def get_msg(self):
        return self.msg

    def get_line(self):
        return self.line


def check(file):
    """Check a Python source file, or every .py file under a directory
    (not following symbolic links)."""
    if os.path.isdir(file) and not os.path.islink(file):
        if verbose:
            print("%r: listing directory" % (file,))
        for name in os.listdir(file):
            path = os.path.join(file, name)
            if ((os.path.isdir(path) and not os.path.islink(path))
                    or os.path.normcase(name[-3:]) == ".py"):
                check(path)
        return
    try:
        f = tokenize.open(file)
    except OSError as msg:
        errprint("%r: I/O Error: %s" % (file, msg))
        return
    if verbose > 1:
        print("checking %r ..." % file)
    try:
        process_tokens(tokenize.generate_tokens(f.readline))
    except tokenize.TokenError as msg:
        errprint("%r: Token Error: %s" % (file, msg))
        return
    except IndentationError as msg:
        errprint("%r: Indentation Error: %s" % (file, msg))
        return
    except NannyNag as nag:
        line = nag.get_line()
        if verbose:
            print("%r: *** Line %d: trouble in tab city! ***"
                  % (file, nag.get_lineno()))
            print("offending line: %r" % (line,))
            print(nag.get_msg())
        else:
            if ' ' in file:
                file = '"' + file + '"'
            if filename_only:
                print(file)
            else:
                print(file, nag.get_lineno(), repr(line))
        return
    finally:
        f.close()
    if verbose:
        print("%r: Clean bill of health." % (file,))


class Whitespace:
    """The leading blanks of a line, summarized so that their width at any
    tab size can be computed: norm is (how many tabs follow a run of k
    spaces, for each k; the spaces after the last tab)."""

    S, T = ' \t'

    def __init__(self, ws):
        self.raw = ws
        runs = []
        spaces = total = tabs = 0
        for ch in ws:
            if ch == ' ':
                spaces += 1
            elif ch == '\t':
                tabs += 1
                if spaces >= len(runs):
                    runs.extend([0] * (spaces - len(runs) + 1))
                runs[spaces] += 1
                spaces = 0
            else:
                break
            total += 1
        self.n = total
        self.nt = tabs
        self.norm = tuple(runs), spaces
        self.is_simple = len(runs) <= 1

    def longest_run_of_spaces(self):
        runs, trailing = self.norm
        return max(len(runs) - 1, trailing)

    def indent_level(self, tabsize):
        """The column the blanks reach with tabs every tabsize columns."""
        runs, trailing = self.norm
        # a tab after k spaces (from a tab stop) advances k // tabsize + 1 stops
        stops = self.nt + sum(k // tabsize * m for k, m in enumerate(runs))
        return trailing + tabsize * stops

    def _tab_sizes(self, other, first):
        n = max(self.longest_run_of_spaces(), other.longest_run_of_spaces()) + 1
        return range(first, n + 1)

    def equal(self, other):
        return self.norm == other.norm

    def not_equal_witness(self, other):
        return [(ts, self.indent_level(ts), other.indent_level(ts))
                for ts in self._tab_sizes(other, 1)
                if self.indent_level(ts) != other.indent_level(ts)]

    def less(self, other):
        if self.n >= other.n:
            return False
        if self.is_simple and other.is_simple:
            return self.nt <= other.nt
        return all(self.indent_level(ts) < other.indent_level(ts)
                   for ts in self._tab_sizes(other, 2))

    def not_less_witness(self, other):
        return [(ts, self.indent_level(ts), other.indent_level(ts))
                for ts in self._tab_sizes(other, 1)
                if self.indent_level(ts) >= other.indent_level(ts)]


def format_witnesses(w):
    prefix = "at tab sizes" if len(w) > 1 else "at tab size"
    return prefix + " " + ', '.join(str(t[0]) for t in w)


def process_tokens(tokens):
    indents = [Whitespace("")]
    check_equal = False
    junk = (tokenize.COMMENT, tokenize.NL)
    for kind, token, start, end, line in tokens:
        if kind == tokenize.NEWLINE:
            # the next line's first token starts a statement to check
            check_equal = True
        elif kind == tokenize.INDENT:
            check_equal = False
            this = Whitespace(token)
            if not indents[-1].less(this):
                witness = indents[-1].not_less_witness(this)
                raise NannyNag(start[0], "indent not greater e.g. "
                               + format_witnesses(witness), line)
            indents.append(this)
        elif kind == tokenize.DEDENT:
            check_equal = True
            del indents[-1]
        elif check_equal and kind not in junk:
            check_equal = False
            this = Whitespace(line)
            if not indents[-1].equal(this):
                witness = indents[-1].not_equal_witness(this)
                raise NannyNag(start[0], "indent not equal e.g. "
                               + format_witnesses(witness), line)


if __name__ == '__main__':
    main()
