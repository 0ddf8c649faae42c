import types
class A(type):
    pass
class B(type):
    pass
class X(metaclass=A):
    pass
class Y(metaclass=B):
    pass
try:
    types.prepare_class("Z", (X, Y))
except TypeError as e:
    print(e)
class SubA(A):
    pass
class W(metaclass=SubA):
    pass
meta, ns, kw = types.prepare_class("Q", (X, W))
print(meta.__name__, ns, kw)
Q = types.new_class("Q", (X, W), exec_body=lambda ns: ns.update(v=1))
print(type(Q).__name__, Q.v, [c.__name__ for c in Q.__mro__])
print(types.new_class("E").__mro__)
