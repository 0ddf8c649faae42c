# __del__ runs where CPython's reference counting runs it: at `del`, when a function that
# made the object returns, when a module-level name is rebound, at `del` of an item or
# attribute.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = A(1)
del a
print('after del')
a = A(2)
a = None
print('after rebind')
def f():
    x = A(3)
f()
print('after f')
def g():
    x = A(4)
    del x
    print('in g after del')
g()
d = {'k': A(6)}
del d['k']
print('after dict del')
class H: pass
h = H(); h.a = A(7); del h.a
print('after attr del')
l = [A(8)]
del l[0]
print('after list del')
def make(): return A(9)
kept = make()
print('kept', kept.n)
del kept
print('end')
