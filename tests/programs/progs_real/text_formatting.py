import difflib
import pprint
import string
import textwrap

para = ("Python is a programming language that lets you work quickly and integrate systems "
        "more effectively. It is used for web development, data science, scripting and much more.")
print(textwrap.fill(para, width=40))
print(textwrap.wrap(para, 30)[:3])
print(textwrap.shorten(para, width=50, placeholder=" [...]"))
print(textwrap.indent("one\ntwo\n\nthree", "> "))
print(textwrap.dedent("""
    def f():
        return 1
"""))
print(textwrap.fill("a-very-long-hyphenated-word-that-goes-on and more", width=12))
tw = textwrap.TextWrapper(width=25, initial_indent="* ", subsequent_indent="  ", max_lines=3)
print(tw.fill(para))

t = string.Template("Dear $name, you owe ${amount} dollars. $$5 fee.")
print(t.substitute(name="Ann", amount=12))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="X")
except KeyError as e:
    print("KeyError", e)
print(string.ascii_letters, string.digits, string.punctuation)
print(string.capwords("hello   wide world"))
fmt = string.Formatter()
print(fmt.format("{0}-{x:>4}", 1, x="y"), list(fmt.parse("a{b}c{d!r:>3}")))

data = {"users": [{"name": "alice", "roles": ["admin", "dev"], "age": 30},
                  {"name": "bob", "roles": [], "age": 25}],
        "settings": {"theme": "dark", "sizes": list(range(12)), "nested": {"a": {"b": {"c": 1}}}}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=3)
print(pprint.pformat(list(range(30)), compact=True, width=50))
pprint.pprint(("tuple", 1), indent=4)
print(pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))

a = """line one
line two
line three
line four""".splitlines(keepends=True)
b = """line one
line 2
line three
line four
line five""".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")))
print("".join(difflib.ndiff(["abc\n", "def\n"], ["abd\n", "def\n"])))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
sm = difflib.SequenceMatcher(None, "abcd efgh", "abxd efgz")
print(round(sm.ratio(), 4), sm.get_opcodes())
print(list(difflib.context_diff(["a\n"], ["b\n"]))[:4])
