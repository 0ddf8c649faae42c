# Counter.most_common(n) and itertools.repeat check n as CPython does (at the call).
from collections import Counter
import itertools


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


c = Counter('abracadabra')
for n in [None, 0, 1, 2, True, False, -1, 2**70, -(2**70), 1.5, 10.5, '2']:
    show(lambda: c.most_common(n))
show(lambda: list(Counter({'a': 2, 'b': 0, 'c': -1}).elements()))
for count in [2**63, -(2**63) - 1, 1.5]:
    show(lambda: list(Counter({'a': count}).elements()))
for times in [3, 0, -5, True, 2.5, 2**64, -(2**64), None]:
    show(lambda: list(itertools.islice(itertools.repeat('x', times), 4)))
