import pprint, difflib

data = {
    "name": "example",
    "values": list(range(30)),
    "nested": {"b": [1, 2, {"deep": ("x", "y", "z")}], "a": {"k": "v" * 40, "j": None}},
    "set": {3, 1, 2},
    "tuple1": (1,),
    "long string": "lorem ipsum dolor sit amet " * 5,
}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(40)), compact=True, width=50)
print(pprint.pformat({"x": 1}), pprint.pformat([]), pprint.pformat(()))
print(pprint.pformat([[1, 2, 3]] * 10, width=30))
rec = [1, 2]
rec.append(rec)
print(pprint.isrecursive(rec), pprint.isreadable([1, 2]), pprint.saferepr({"b": 1, "a": 2}))
pprint.pp({"b": 1, "a": 2})
pp = pprint.PrettyPrinter(width=20)
print(pp.pformat(("alpha", "beta", "gamma", "delta")))
print(pprint.pformat(frozenset({5, 4}), width=5))
from collections import OrderedDict
pprint.pprint(OrderedDict((str(i), i * 1000) for i in range(12)))

a = ["one\n", "two\n", "three\n", "four\n", "five\n"]
b = ["one\n", "tree\n", "three\n", "four\n", "fiv\n", "six\n"]
print("".join(difflib.ndiff(a, b)), end="")
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt")), end="")
print("".join(difflib.context_diff(a, b, "a.txt", "b.txt")), end="")
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), round(s.ratio(), 4))
s = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(list(difflib.restore(difflib.ndiff(a, b), 2)) == b)
