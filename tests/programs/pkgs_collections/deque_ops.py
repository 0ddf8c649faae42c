from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([10, 11])
print(d, d.count(1), d.index(7), d.index(2, 1, 5))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.insert(2, "x")
d.remove("x")
d.reverse()
print(d, list(reversed(d)), 3 in d, 99 in d, d.copy(), d == d.copy(), d is d.copy())
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, b.maxlen)
b.appendleft(-1)
print(b)
b.extendleft([10, 20])
print(b)
try:
    b.insert(0, 5)
except IndexError as e:
    print("IndexError", e)
try:
    b.maxlen = 5
except AttributeError:
    print("AttributeError maxlen")
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([2]) >= deque([1, 5]))
print(deque("ab") + deque("cd"), deque([1]) * 3, 2 * deque([0]))
e = deque([1, 2])
e += [3]
e *= 2
print(e, bool(deque()), bool(e))
for bad in ("deque().pop()", "deque().popleft()", "deque([1]).index(5)", "deque([1]).remove(5)",
            "deque([1])[5]", "deque([1])[1:]", "deque(maxlen=-1)",
            "deque([1]) + [2]"):
    try:
        print(eval(bad))
    except (IndexError, ValueError, TypeError) as ex:
        print(bad, type(ex).__name__, ex)
q = deque()
for i in range(1000):
    q.append(i)
    q.append(-i)
    q.popleft()
print(len(q), q[0], q[-1], sum(q))
r = deque()
for i in range(300):
    r.appendleft(i)
    if i % 3 == 0:
        r.pop()
print(len(r), r[0], r[-1], list(r)[:5])
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z)
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as ex:
    print("RuntimeError", ex)
m[1] = "mid"
del m[0]
print(m, deque(range(3), 2), repr(deque([], 5)), deque([[1]]))
m.clear()
print(m, len(m))
print("deque:", __import__("collections").deque.__hash__, __import__("collections").OrderedDict.__hash__)
