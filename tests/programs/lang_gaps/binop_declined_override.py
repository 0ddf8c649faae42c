# A subclass's operator that returns NotImplemented is not replaced by the builtin base's.
class Declines(str):
    def __add__(self, other):
        return NotImplemented
class R:
    calls = 0
    def __radd__(self, other):
        R.calls += 1
        return 'reflected'
for a, b in [(Declines('a'), 'b'), ('a', Declines('b'))]:
    try:
        print(repr(a + b))
    except TypeError as e:
        print('TypeError', e)
try:
    print(str.__add__('a', R()))
except TypeError as e:
    print('TypeError', e, R.calls)
print('a' + R(), R.calls)
class L(list):
    def __add__(self, o):
        return NotImplemented
try:
    L([1]) + [2]
except TypeError as e:
    print('TypeError', e)
L.__add__ = list.__add__
print(L([1]) + [2])
del L.__add__
print(L([1]) + [2])
class I(int):
    def __add__(self, o):
        return NotImplemented
print(I(1) + 2, 2 + I(1))
try:
    I(1) + I(2)
except TypeError as e:
    print('TypeError', e)
try:
    list.__add__([1], (2,))
except TypeError as e:
    print('TypeError', e)
try:
    tuple.__add__((1,), [2])
except TypeError as e:
    print('TypeError', e)
