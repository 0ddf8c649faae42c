class T(tuple): pass
class S(str): pass
class L(list): pass
class D(dict): pass
class F(frozenset): pass
for c in (T((1, 2)), S("ab"), L([3, 4]), D(a=1), F([5])):
    print(type(c).__name__, list(c), [x for x in c], len(c), bool(c), *c)
print(list(enumerate(S("xy"))), list(zip(T((1, 2)), L([3, 4]))), dict(zip(S("ab"), T((1, 2)))), sorted(D(b=1, a=2)))
a, *b = L([1, 2, 3])
print(a, b, max(T((3, 9, 1))), min(S("zya")), sum(L([1, 2])), "".join(reversed(S("abc"))), list(reversed(T((1, 2)))), list(reversed(L([1, 2]))))
