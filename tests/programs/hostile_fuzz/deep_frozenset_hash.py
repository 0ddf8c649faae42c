# Hashing deeply nested frozensets uses the hashes their tables keep: linear, no recursion
# (10,000 levels took minutes when each hash rehashed the whole nest).
x = frozenset()
for i in range(10000):
    x = frozenset([x])
print(type(hash(x)).__name__, hash(x) == hash(x))
a = frozenset([frozenset([1, 2]), frozenset(['a'])])
b = frozenset([frozenset(['a']), frozenset([2, 1])])
print(a == b, hash(a) == hash(b))
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2, 3])))
print({frozenset([1]): 'one'}[frozenset([1])])
