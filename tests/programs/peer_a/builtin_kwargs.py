# Builtins accept exactly the keywords CPython's signatures name, and refuse others
# instead of ignoring them.
print(list(enumerate(iterable="xy")), list(enumerate(iterable="xy", start=5)))
print(list(enumerate("ab", start=-1)))
print(round(number=7.25, ndigits=1), round(2.5), round(number=3.5))
print(pow(base=3, exp=4), pow(3, 4, mod=5), pow(2, exp=10))
print(int("ff", base=16), str(object=12), str(b"hi", encoding="ascii"), str(b"hi", "ascii", errors="strict"))

calls = [
    lambda: enumerate(start=1),
    lambda: enumerate([], iterable=[]),
    lambda: round(ndigits=1),
    lambda: pow(2, 3, modulus=4),
    lambda: int(x="5"),
    lambda: float(x="1.5"),
    lambda: tuple(iterable="ab"),
    lambda: list(iterable="ab"),
    lambda: set(iterable="ab"),
    lambda: frozenset(iterable="ab"),
    lambda: bool(x=1),
    lambda: range(stop=3),
    lambda: len(obj=[]),
    lambda: format(5, format_spec="x"),
    lambda: divmod(x=7, y=2),
    lambda: abs(x=-1),
    lambda: getattr(object=1, name="real"),
    lambda: next(iterator=iter([])),
    lambda: sorted([1], [2]),
    lambda: str(1, 2, 3, 4),
]
for c in calls:
    try:
        print("no error:", c())
    except TypeError as e:
        print("TypeError:", e)
