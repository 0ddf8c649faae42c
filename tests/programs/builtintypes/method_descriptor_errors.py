for f in (lambda: list.append((), 1), lambda: list.pop("x"), lambda: list.sort({}), lambda: list.reverse(3), lambda: set.add([], 1), lambda: set.pop(frozenset()) if False else set.discard((), 1)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
l = []
list.append(l, 1); list.extend(l, (2, 3)); list.insert(l, 0, 0)
print(l, list.pop(l), list.index(l, 1), list.count(l, 2))
s = set()
set.add(s, 5); set.update(s, [6])
print(sorted(s), set.__contains__(s, 5), frozenset.union(frozenset([1]), [2]))
