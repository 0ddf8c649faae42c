class I(int): pass
class Fl(float): pass
class S(str): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
class St(set): pass
class Fs(frozenset): pass
for v in (I(5), Fl(1.5), S("q"), T((1,)), L([1]), D(a=1), St(), Fs()):
    print(repr(v), str(v), type(v).__name__)
print([I(1), S("x")], (T(), L()), {S("k"): I(2)})
