"""codeop: compile one piece of interactive input, telling complete input (a code object)
from input that needs more lines (None) and from invalid input (SyntaxError)."""

import __future__
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

_features = [getattr(__future__, name) for name in __future__.all_feature_names]

# What may follow an unfinished block header, a lone `try` body or a decorator to finish
# the statement; if one of them makes the input compile, the input is merely incomplete.
_ENDINGS = ("\n pass\n", "except:\n pass\n", "\nexcept:\n pass\n", "\ndef _f(): pass\n",
            "def _f(): pass\n", "\n pass\nexcept:\n pass\n")


def _scan(source):
    """(open, last_indent): whether the text ends inside brackets, a triple-quoted string
    or a backslash continuation; and the indentation of the last logical line's start."""
    depth = 0
    i, n = 0, len(source)
    at_line_start = True
    last_indent = 0
    continued = False
    while i < n:
        c = source[i]
        if at_line_start:
            j = i
            while j < n and source[j] in " \t\f":
                j += 1
            if j < n and source[j] not in "\n#" and depth == 0 and not continued:
                last_indent = j - i
            at_line_start = False
            continued = False
            i = j
            continue
        if c == "#":
            while i < n and source[i] != "\n":
                i += 1
            continue
        if c == "\\" and i + 1 < n and source[i + 1] == "\n":
            continued = True
            i += 2
            at_line_start = True
            continue
        if c == "\\" and i + 1 == n:
            return True, last_indent
        if c == "\n":
            at_line_start = True
            i += 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth < 0:
                return False, last_indent
        elif c in "'\"":
            quote = source[i:i + 3] if source[i:i + 3] in ('"""', "'''") else c
            i += len(quote)
            while i < n:
                if source[i] == "\\":
                    i += 2
                    continue
                if source.startswith(quote, i):
                    break
                if len(quote) == 1 and source[i] == "\n":
                    break
                i += 1
            if i >= n:
                return len(quote) == 3, last_indent
            i += len(quote) if source.startswith(quote, i) else 0
            continue
        i += 1
    return depth > 0, last_indent


def _maybe_compile(compiler, source, filename, symbol):
    for line in source.split("\n"):
        line = line.strip()
        if line and line[0] != "#":
            break
    else:
        if symbol != "eval":
            source = "pass"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        unfinished, indent = _scan(source)
        if unfinished:
            return None
        try:
            code = compiler(source, filename, symbol)
        except SyntaxError as err:
            first_error = err
        else:
            if symbol == "single" and indent > 0 and not source.endswith("\n"):
                return None
            return code
        if symbol != "eval":
            for ending in _ENDINGS:
                try:
                    compiler(source + ending, filename, symbol)
                except SyntaxError:
                    continue
                return None
    raise first_error


def _compile(source, filename, symbol):
    return compile(source, filename, symbol)


def compile_command(source, filename="<input>", symbol="single"):
    """A code object when `source` is a complete statement (or expression, for
    symbol='eval'), None when it needs more input; SyntaxError (or OverflowError,
    ValueError) when it is invalid."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Like compile(), remembering the __future__ statements it has seen."""

    def __init__(self):
        self.flags = 0

    def __call__(self, source, filename, symbol, **kwargs):
        code = compile(source, filename, symbol, self.flags, True)
        for feature in _features:
            if getattr(code, "co_flags", 0) & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command with the memory of Compile."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
