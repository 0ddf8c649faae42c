# Random.setstate checks the version first (state[0]) and then the state vector, as
# CPython does, so a bad state gives CPython's exception type and message.
import random

r = random.Random(5)
good = r.getstate()
for bad in [b"", 7, (1, 2), (2, (), None), (3, [0] * 625, None), (3, (0,) * 10, None), None]:
    try:
        random.Random().setstate(bad)
        print("accepted", type(bad).__name__)
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

r2 = random.Random()
r2.setstate(good)
print(r2.random() == r.random())
