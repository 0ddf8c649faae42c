# __subclasses__ lists the direct subclasses oldest first, however the heap stores them.
import gc

class Base: pass
made = []
for i in range(30):
    made.append(type("C%d" % i, (Base,), {}))
    if i % 4 == 0:
        junk = [object() for _ in range(3000)]
        del junk
        gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
del made[::2]
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
class Late(Base): pass
print(Base.__subclasses__()[-1].__name__, len(Base.__subclasses__()))
