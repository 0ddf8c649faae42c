"""String formatting: f-strings with specs, str.format, %, textwrap, pprint."""
import pprint
import textwrap
from string import Template

name, qty, price = "Widget", 7, 3.14159
print(f"{name:>10}|{name:<10}|{name:^10}|{name:*^11}")
print(f"{qty:05d} {qty:+d} {-qty: d} {qty:#b} {qty:#o} {255:#x} {255:X} {1234567:,} {1234567:_}")
print(f"{price:.2f} {price:10.3f} {price:<10.1f}| {price:e} {price:.3g} {1e-7:g} {12345678.9:g}")
print(f"{0.25:%} {0.256:.1%} {1/3:.5} {2.5:n} {float('inf'):f} {float('nan'):>6}")
print(f"{name!r} {name!s:>8} {name!a} {'é'!a} {3.0!r}")
w, p = 12, 3
print(f"{price:{w}.{p}f}|{name:{'>'}{w}}|")
print(f"{{literal}} {qty=} {price*2=:.2f} {name.upper()=}")
print("{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{:>6.2f}".format(2.5))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3 + 4j))
print("{:=+8d}|{:08.3f}|{:x<5}".format(42, -3.5, "ab"))
print("%s is %d years and %.1f%% done, %r %5s|%-5s|" % ("Al", 30, 99.5, "x", "r", "l"))
print("%(a)s+%(b)04d" % {"a": "A", "b": 7}, "%x %o %e %c" % (255, 8, 12345.678, 65))
print("%*d|%-*d|" % (5, 42, 4, 7), "%.3s" % "abcdef", "%+.2e" % 0.000123)
print(Template("$who likes ${what}s").substitute(who="Tim", what="apple"))
print(Template("$a $b").safe_substitute(a=1))

text = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 25)[:2])
print(textwrap.shorten(text, width=40, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("""\
    def f():
        return 1
    """))
print(textwrap.fill("x " * 10, width=12, initial_indent="* ", subsequent_indent="  "))

data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "id": 1},
                  {"name": "bob", "roles": [], "id": 2}],
        "settings": {"theme": "dark", "sizes": list(range(12)), "nested": {"a": {"b": {"c": 1}}}},
        "tuple": (1, 2), "empty": {}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat(list(range(30)), compact=True, width=50))
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
table = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
print(f"{'name':<8}{'n':>5}{'val':>9}")
for row in table:
    print("{:<8}{:>5}{:>9.2f}".format(*row))
print(format(1234.5, ",.2f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), round(0.125, 2))
print(str(1e16), str(1.0e-5), repr(0.1 + 0.2), 1e22, 123456789012345678.0)
