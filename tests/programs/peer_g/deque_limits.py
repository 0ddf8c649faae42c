# deque argument checking and bounded repetition, as CPython's C deque.
from collections import deque, defaultdict


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: deque([1, 2], maxlen=2) * 10**9)
show(lambda: deque([1, 2, 3], maxlen=5) * 4)
show(lambda: 3 * deque([1, 2, 3], maxlen=4))
show(lambda: deque([1, 2], maxlen=0) * 10**9)
show(lambda: deque([1, 2]) * 2**70)
show(lambda: deque(maxlen=2**70))
show(lambda: deque(maxlen=-(2**70)))
show(lambda: deque(maxlen=-1))
show(lambda: deque(maxlen='x'))
show(lambda: deque([1], 2, 3))
show(lambda: deque(None))
show(lambda: deque(iterable=None))
show(lambda: deque('ab', maxlen=1))
show(lambda: deque([1, 2, 3])[2**70])
show(lambda: deque([1, 2, 3])['x'])
show(lambda: deque([1, 2, 3])[0:2])
show(lambda: deque([1, 2, 3]).rotate('x'))
show(lambda: deque([1, 2, 3]).rotate(2**70))
show(lambda: deque([1, 2, 3]).insert(2**70, 0))
show(lambda: deque([1, 2, 3]).index(2, None))
show(lambda: deque([1, 2, 3]).index(3, -(2**70)))
show(lambda: deque([1, 2, 3]).index(2, True))
d = deque([1, 2, 3])
d.rotate(-4)
print(d)
d *= 2
print(d)
try:
    d.maxlen = 3
except AttributeError as e:
    print(e)
show(lambda: hash(deque()))
show(lambda: deque([1]) < [2])
show(lambda: defaultdict(int) + 1)
show(lambda: defaultdict(int).nope)


class deque2(deque):
    pass


show(lambda: hash(deque2()))


class defaultdict:  # a user class of the same name keeps its own name
    pass


show(lambda: defaultdict() + 1)
