def gen():
    "A generator with a docstring."
    yield 1
    yield 2


def plain():
    """A plain function with a docstring."""
    return 5


async def coro():
    "A coroutine with a docstring."
    return 7


async def agen():
    "An async generator with a docstring."
    yield 3


print(list(gen()), gen.__doc__, type(gen()).__name__)
print(plain(), plain.__doc__)
c = coro()
print(type(c).__name__, coro.__doc__)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
a = agen()
print(type(a).__name__, agen.__doc__)
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value)


class C:
    "Class doc."

    def method(self):
        "Method doc."
        yield self


print(C.__doc__, C.method.__doc__, type(C().method()).__name__)
