# co_* attributes of code objects. co_consts/co_names/co_code/co_stacksize hold Kestrel's
# own tables, so only their types and what both interpreters agree on are printed.
def deco(f):
    return f


@deco
@deco
def g(a, b=1, /, c=2, *args, d, **kw):
    x = len(a)
    return x.real


def plain():
    pass


class K:
    @staticmethod
    def s():
        pass

c = g.__code__
print(c.co_firstlineno, plain.__code__.co_firstlineno, K.s.__code__.co_firstlineno)
print(c.co_name, c.co_qualname, K.s.__code__.co_qualname)
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals)
print(c.co_varnames)
print(type(c.co_consts).__name__, type(c.co_names).__name__, type(c.co_code).__name__,
      type(c.co_stacksize).__name__)
print('len' in c.co_names, 'real' in c.co_names, 'x' in c.co_names)
def lits():
    x = 'hello'
    y = 42
    return x, y
print('hello' in lits.__code__.co_consts)
def outer():
    def inner():
        pass
    return inner
print([type(k).__name__ for k in outer.__code__.co_consts if not isinstance(k, (str, int, type(None)))])
lam = lambda: 0
print(lam.__code__.co_firstlineno, lam.__code__.co_name)
import os
def uses_mod():
    return os.path.join('a', 'b')
print('os' in uses_mod.__code__.co_names, 'path' in uses_mod.__code__.co_names,
      'join' in uses_mod.__code__.co_names)
