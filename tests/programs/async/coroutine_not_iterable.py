# Coroutines are not iterators.
async def f():
    return 1

c = f()
try:
    iter(c)
except TypeError as e:
    print(e)
try:
    next(c)
except TypeError as e:
    print(e)
try:
    for x in c:
        pass
except TypeError as e:
    print(e)
try:
    list(c)
except TypeError as e:
    print(e)
try:
    1 in c
except TypeError as e:
    print(e)
c.close()
print(hasattr(c, "__next__"), hasattr(c, "send"), hasattr(c, "__await__"))
