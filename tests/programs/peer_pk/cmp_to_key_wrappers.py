# cmp_to_key wrappers are one type: keys from different cmp_to_key calls compare
# (using the left operand's cmp); a non-wrapper operand is a TypeError.
from functools import cmp_to_key

desc = cmp_to_key(lambda a, b: b - a)
asc = cmp_to_key(lambda a, b: a - b)
print(desc(1) < asc(2), asc(1) < desc(2), desc(3) == asc(3))
print(type(desc) is type(desc(1)), type(desc(1)).__name__)
print(sorted([3, 1, 2], key=desc), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
print(desc(5).obj)
try:
    desc(1) < 2
except TypeError as e:
    print(e)
try:
    hash(desc(1))
except TypeError:
    print('unhashable')
