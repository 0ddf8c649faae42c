# Containers that hold themselves print "..." where they recur, as CPython's reprs.
import collections

d = collections.OrderedDict()
d['a'] = d
print(d)
q = collections.deque()
q.append(q)
print(q)
q2 = collections.deque([1], maxlen=3)
q2.append(q2)
print(q2)
l = []
l.append(l)
print(l, repr(l), str(l))
m = {}
m['m'] = m
print(m)
dd = collections.defaultdict(list)
dd['a'] = dd
print(dd)
nested = collections.OrderedDict(x=collections.deque([1]))
nested['x'].append(nested)
print(nested)
