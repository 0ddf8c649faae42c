"""Priority task scheduler with heapq + dataclass(order=True)."""
import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    deps: tuple = field(default=(), compare=False)
    payload: Any = field(default=None, compare=False, repr=False)


class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()
        self.done = set()
        self.entry = {}

    def submit(self, name, priority=5, deps=(), payload=None):
        t = Task(priority, next(self.counter), name, tuple(deps), payload)
        self.entry[name] = t
        heapq.heappush(self.heap, t)
        return t

    def run(self):
        order = []
        waiting = []
        clock = 0
        while self.heap:
            t = heapq.heappop(self.heap)
            if any(d not in self.done for d in t.deps):
                waiting.append(t)
                continue
            clock += 1
            order.append((clock, t.name))
            self.done.add(t.name)
            # re-queue waiters whose deps may now be satisfied
            for w in waiting:
                heapq.heappush(self.heap, w)
            waiting.clear()
        return order, [w.name for w in waiting]


s = Scheduler()
s.submit("compile", 2)
s.submit("test", 3, deps=["compile"])
s.submit("lint", 1)
s.submit("deploy", 0, deps=["test", "lint"])
s.submit("docs", 5, payload={"fmt": "html"})
s.submit("orphan", 1, deps=["missing"])
print(s.entry["docs"])
print(Task(1, 0, "a") < Task(1, 1, "b"), Task(2, 0, "a") > Task(1, 9, "z"))
print(Task(1, 0, "a") == Task(1, 0, "different"))
order, stuck = s.run()
for clock, name in order:
    print(f"t={clock:02d} {name}")
print("stuck:", stuck)

nums = [5, 1, 8, 3, 9, 2, 7]
print(heapq.nsmallest(3, nums), heapq.nlargest(2, nums))
print(heapq.nlargest(2, ["bb", "a", "cccc", "ddd"], key=len))
h = []
for n in nums:
    heapq.heappush(h, -n)
print([-heapq.heappop(h) for _ in range(3)])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
h = [3, 1, 2]
heapq.heapify(h)
print(heapq.heapreplace(h, 0), heapq.heappushpop(h, 10), h)
try:
    Task(1, 0, "x") < 3
except TypeError as e:
    print("TypeError:", e)
