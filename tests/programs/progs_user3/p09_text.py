import textwrap, pprint, string, reprlib
s = "The quick brown fox jumps over the lazy dog. " * 5
print(textwrap.fill(s, width=40))
print(textwrap.wrap(s, 30, initial_indent="* ", subsequent_indent="  ")[:3])
print(textwrap.shorten(s, width=50, placeholder="..."))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("""
    def f():
        return 1
    """))
d = {"users": [{"name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "id": i} for i in range(4)], "meta": {"count": 4, "ok": True}}
pprint.pprint(d)
pprint.pprint(d, width=60, sort_dicts=False)
print(pprint.pformat(list(range(40)), compact=True))
pprint.pprint({"a": (1, 2), "b": {3, 4}, "c": "x" * 90})
t = string.Template("Hello $name, you owe $$${amount}")
print(t.substitute(name="Bob", amount="5.00"), t.safe_substitute(name="X"))
try:
    t.substitute(name="Y")
except KeyError as e:
    print("KeyError", e)
print(string.ascii_letters, string.digits, string.punctuation, string.capwords("hello  world foo"))
print(string.Formatter().format("{0}-{x}", 1, x=2))
print(reprlib.repr(list(range(100))), reprlib.repr("a" * 100))
w = textwrap.TextWrapper(width=20, break_long_words=True, max_lines=2)
print(w.fill("supercalifragilisticexpialidocious is a word"))
print("{:^20}|{:<5}|{:>8.3f}|{:+d}|{:#x}|{:08b}|{:,}|{:e}".format("mid", "l", 3.14159, 5, 255, 5, 1234567, 12345.678))
