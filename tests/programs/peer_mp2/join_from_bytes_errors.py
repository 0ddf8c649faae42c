# TypeErrors for non-iterables given to str.join and int.from_bytes.
class BadIter:
    def __iter__(self):
        raise TypeError("custom")


tests = [
    ("''.join(1)", lambda: "".join(1)),
    ("','.join(None)", lambda: ",".join(None)),
    ("','.join(BadIter())", lambda: ",".join(BadIter())),
    ("','.join(['a', 1])", lambda: ",".join(["a", 1])),
    ("','.join(iter('xy'))", lambda: ",".join(iter("xy"))),
    ("int.from_bytes(1, 'big')", lambda: int.from_bytes(1, "big")),
    ("int.from_bytes(1.5, 'big')", lambda: int.from_bytes(1.5, "big")),
    ("int.from_bytes(None, 'big')", lambda: int.from_bytes(None, "big")),
    ("int.from_bytes('ab', 'big')", lambda: int.from_bytes("ab", "big")),
    ("int.from_bytes(1 << 80, 'big')", lambda: int.from_bytes(1 << 80, "big")),
    ("int.from_bytes([1, 2], 'big')", lambda: int.from_bytes([1, 2], "big")),
    ("int.from_bytes((x for x in [255]), 'big')", lambda: int.from_bytes((x for x in [255]), "big")),
]
for label, f in tests:
    try:
        print(label, "->", repr(f()))
    except TypeError as e:
        print(label, "-> TypeError:", e)
