"""dis: disassembly of Python code.

Deliberate difference: Kestrel compiles to its own register bytecode, so `dis.dis` prints
that (the listing `kestrel --dis` prints), not CPython's stack bytecode; the APIs that hand
out CPython instructions (`get_instructions`, `Bytecode`, `opmap`) raise
NotImplementedError."""

import sys
import _kestrel_dis


def _code_of(x):
    if isinstance(x, str):
        return compile(x, "<dis>", "exec")
    for attr in ("__func__", "gi_code", "cr_code", "ag_code"):
        inner = getattr(x, attr, None)
        if inner is not None:
            return inner
    return x


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    out = file if file is not None else sys.stdout
    if x is None:
        raise NotImplementedError("dis.dis() without an argument (the last traceback) is "
                                  "not supported")
    if isinstance(x, type) or type(x).__name__ == "module":
        for name, value in sorted(vars(x).items()):
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            text = _kestrel_dis.code_text(_code_of(value))
            if text is not None:
                out.write("Disassembly of %s:\n%s\n" % (name, text))
        return
    text = _kestrel_dis.code_text(_code_of(x))
    if text is None and type(x).__name__ == "code":
        # A function's __code__ is a description without the bytecode behind it.
        raise NotImplementedError("dis.dis of a __code__ object: pass the function itself")
    if text is None:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)
    out.write(text)


disassemble = dis
disco = dis


def code_info(x):
    raise NotImplementedError("dis.code_info is not supported by Kestrel")


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    raise NotImplementedError("dis.get_instructions: Kestrel has no CPython bytecode")


class Bytecode:
    def __init__(self, x, *args, **kwargs):
        raise NotImplementedError("dis.Bytecode: Kestrel has no CPython bytecode")


def __getattr__(name):
    if name in ("opmap", "opname", "cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
                "haslocal", "hascompare", "hasfree", "HAVE_ARGUMENT", "EXTENDED_ARG"):
        raise NotImplementedError("dis.%s: Kestrel has no CPython bytecode" % name)
    raise AttributeError("module 'dis' has no attribute %r" % name)


def _main():
    """`python -m dis [file]`: Kestrel's disassembly of a source file (or stdin)."""
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("infile", type=argparse.FileType("rb"), nargs="?", default="-")
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    dis(compile(source, args.infile.name, "exec"))


if __name__ == "__main__":
    _main()
