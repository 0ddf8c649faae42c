# Constructors of the builtin types and iteration sites honour an overridden __iter__ on
# subclasses of list/set/dict exactly where CPython does.
class S(set):
    def __iter__(self):
        return iter([1, 2, 3])
class L(list):
    def __iter__(self):
        return iter(['x'])
class D(dict):
    def __iter__(self):
        return iter(['k'])
s, l, d = S([9]), L([1, 2]), D(a=1)
print(sorted(set(s)), list(s), tuple(s), sorted(frozenset(s)), [*s])
print(list(l), tuple(l), set(l), sorted(l), [*l], ''.join(L(['a'])))
print(list(d), dict(d), set(d), tuple(d), [*d])
a, *b = L([1, 2, 3])
print(a, b)
print([x for x in l], 'x' in l, 1 in l)
print(sum(S()), max(L(['q'])), min(s))
print(list(enumerate(l)), list(zip(l, s)), list(map(str, s)))
print(dict.fromkeys(l), list(reversed(L([1, 2]))))
