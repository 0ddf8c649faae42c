# A deque changed by a comparison during count/in/index/remove raises, as CPython's.
from collections import deque


class Popper:
    def __init__(self):
        self.d = None

    def __eq__(self, other):
        self.d.pop()
        return False


class Clearer:
    def __init__(self, d, result):
        self.d, self.result = d, result

    def __eq__(self, other):
        self.d.clear()
        return self.result


p = Popper()
d = deque([1, 2, p, 4, 5])
p.d = d
try:
    d.count(9)
except RuntimeError as e:
    print('count:', e)

d = deque(range(10))
d[5] = Clearer(d, False)
try:
    99 in d
except RuntimeError as e:
    print('in:', e, len(d))

d = deque(range(10))
d[5] = Clearer(d, False)
try:
    d.index(99)
except RuntimeError as e:
    print('index:', e)

for match in (True, False):
    d = deque(['ab'])
    d.extend([Clearer(d, match), 'c'])
    try:
        d.remove('c')
    except IndexError as e:
        print('remove:', e, d)

# unchanged deques still answer normally
d = deque('abracadabra')
print(d.count('a'), 'c' in d, 'z' in d, d.index('c'))
d.remove('b')
print(''.join(d))
d.appendleft('x')
print(d.count('x'), 'x' in d, d.index('r'))
try:
    d.index('z')
except ValueError as e:
    print(e)
