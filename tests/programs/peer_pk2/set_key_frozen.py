# A set used as a key of a set lookup (in / remove / discard) stands for the frozenset of
# its items, as in CPython; add() and dict keys still need a hashable key.
s = {1, 2, frozenset({3}), frozenset()}
print({3} in s, {1} in s, set() in s, {3} not in s)
s.remove({3})
s.discard(set())
print(sorted(s, key=repr))
try:
    s.remove({9})
except KeyError as e:
    print("KeyError", e)

class MySet(set):
    pass

fs = frozenset({frozenset({1, 2})})
print(MySet({1, 2}) in fs, fs.__contains__({2, 1}), {2, 1} in fs)

for bad in [lambda: {1}.add({2}), lambda: {frozenset({1}): 0}[{1}], lambda: [] in s,
            lambda: s.remove([]), lambda: {1: 2}.get({1})]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
