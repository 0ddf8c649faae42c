def f(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(v):
            return f"float {v}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict {d}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return "other"
for v in [True, -3, 7, 2.5, "hi", b"by", [9, 8], [], (1, 2), {"k": 1}, {"j": 2}, {1, 2}, frozenset([1]), None]:
    print(f(v))
