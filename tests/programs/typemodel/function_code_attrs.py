def f(a, b, /, c, d=1, *args, e, g=2, **kw):
    x = 1
    return x


co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_nlocals)
print(co.co_filename.endswith("function_code_attrs.py"), co.co_firstlineno)
print(co.co_flags & 0xF)
print(type(co).__name__)


def outer():
    v = 10

    def inner(p):
        return v + p

    return inner


inner = outer()
print(outer.__code__.co_cellvars, inner.__code__.co_freevars, inner.__code__.co_varnames)
print(inner.__code__.co_qualname, inner.__code__.co_flags & 0x10)


def gen():
    yield 1


print(bool(gen.__code__.co_flags & 0x20), bool(f.__code__.co_flags & 0x20))
print(f.__defaults__, f.__kwdefaults__)
f.__kwdefaults__ = {"e": 5, "g": 6}
print(f(1, 2, 3), f.__kwdefaults__)
try:
    f.__kwdefaults__ = 3
except TypeError as e:
    print("TypeError", e)
