import textwrap
s = """
    def f():
        return 1

    x = 2
"""
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("   a\n  b\n    c")))
print(repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.dedent("  \n  x\n   \n  y")))
print(repr(textwrap.indent("a\nb\n\nc\n", "> ")))
print(repr(textwrap.indent("a\n  \nb", "+", lambda line: True)))
print(repr(textwrap.indent("one\r\ntwo", "- ")))
