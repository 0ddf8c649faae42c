# generator.throw(Type[, value]) instantiates the class through its own __new__/__init__.
class E(Exception):
    def __new__(cls, *a):
        print('new', cls.__name__, a)
        return super().__new__(cls, *a)
    def __init__(self, *a):
        print('init', a)
        super().__init__(*a)
def g():
    try:
        yield 1
    except E as e:
        print('caught', type(e).__name__, e.args)
        yield 2
for args in [(E,), (E, 'x'), (E, ('a', 'b')), (E('q'),), (E, None)]:
    it = g()
    next(it)
    print(it.throw(*args))
class F(Exception):
    def __new__(cls, *a):
        return ValueError('swapped')
def h():
    try:
        yield 1
    except ValueError as e:
        print('h caught', repr(e))
        yield 3
it = h()
next(it)
print(it.throw(F))
class Bad(Exception):
    def __new__(cls, *a):
        return 5
it = h()
next(it)
try:
    it.throw(Bad)
except TypeError as e:
    print('TypeError', e)
