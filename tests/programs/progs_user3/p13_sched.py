import heapq, bisect, random
from collections import deque, namedtuple, OrderedDict, ChainMap
Task = namedtuple("Task", "priority name duration")
tasks = [Task(3, "write", 5), Task(1, "plan", 2), Task(2, "code", 8), Task(1, "coffee", 1)]
h = []
for t in tasks:
    heapq.heappush(h, t)
while h:
    print(heapq.heappop(h))
print(heapq.nlargest(2, tasks, key=lambda t: t.duration), heapq.nsmallest(2, [5, 1, 4, 2]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3])))
h = [5, 3, 8, 1]; heapq.heapify(h); print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
grades = [60, 70, 80, 90]
for score in [55, 60, 75, 95]:
    print(score, "FDCBA"[bisect.bisect(grades, score)])
a = [1, 3, 3, 5]; bisect.insort(a, 3); bisect.insort_left(a, 4); print(a, bisect.bisect_left(a, 3), bisect.bisect_right(a, 3))
print(bisect.bisect_left([{"k": 1}, {"k": 5}], 3, key=lambda d: d["k"]))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5))
x = list(range(10)); random.shuffle(x); print(x, random.uniform(1, 2), random.gauss(0, 1))
print(random.choices("abc", weights=[1, 2, 7], k=6), random.randrange(0, 100, 5), random.getrandbits(16))
random.seed("hello"); print(random.random())
r = random.Random(7); print(r.random(), r.triangular(), r.expovariate(1.5), r.betavariate(2, 3))
dq = deque(maxlen=3)
for i in range(5): dq.append(i)
print(dq, dq.popleft(), dq); dq.rotate(1); print(dq)
od = OrderedDict(a=1, b=2, c=3); od.move_to_end("a"); print(od, od.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), cm.new_child({"c": 4}))
print(Task._fields, tasks[0]._asdict(), tasks[0]._replace(name="x"), Task._make([1, 2, 3]))
