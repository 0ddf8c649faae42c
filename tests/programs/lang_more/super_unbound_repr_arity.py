def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
class A:
    def f(self): return 'A.f'
class B(A):
    def f(self): return 'B.f'
s = super(B)
print(type(s).__name__)
t(lambda: s.f)
t(lambda: super(B).__get__(B(), B).f())
t(lambda: super(B, 1))
t(lambda: super(1, B()))
t(lambda: super(B, A()))
t(lambda: super(B, B).f.__qualname__)
t(lambda: super())
t(lambda: super(B, B(), 1))
e = ValueError()
t(lambda: setattr(e, "args", 1))
print(e.args)
e.args = [1, 2]
print(e.args)
t(lambda: setattr(e, 'args', 5.5) or e.args)
t(lambda: setattr(e, 'args', 'ab') or e.args)
def g(x): return x
print(repr(classmethod(g)).split(' at ')[0], repr(staticmethod(g)).split(' at ')[0])
print(repr(classmethod(1)), repr(staticmethod(None)))
t(lambda: str.__class_getitem__)
t(lambda: hasattr(str, '__class_getitem__'))
t(lambda: isinstance(1))
t(lambda: isinstance())
t(lambda: isinstance(1, 2, 3))
t(lambda: issubclass())
t(lambda: issubclass(int))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: object.__repr__(5)[:12])
t(lambda: object.__str__(5))
t(lambda: int.__repr__('x'))
t(lambda: str.__repr__(5))
class C(B):
    _C__sup = super(B)
    def g(self):
        return self.__sup.f()
print(C().g())
print(repr(super(B)))
print(super(B).__thisclass__.__name__, super(B).__self__, super(B).__self_class__)
print(type[int], list[int])
print(repr(classmethod(print)), repr(staticmethod(len)))
class K:
    @classmethod
    def m(cls): pass
print(repr(K.__dict__['m']).split(' at ')[0])
