"""Route planning on a rail network: Dijkstra with heapq, BFS with deque, topological
sort with graphlib, bisect timetables, and namedtuple/typing.NamedTuple records."""
import bisect
import heapq
from collections import defaultdict, deque, namedtuple
from graphlib import TopologicalSorter, CycleError
from typing import NamedTuple
from datetime import datetime, timedelta

Edge = namedtuple("Edge", ["to", "minutes", "line"])


class Leg(NamedTuple):
    frm: str
    to: str
    line: str
    minutes: int = 0

    def __str__(self):
        return f"{self.frm}->{self.to} ({self.line}, {self.minutes}m)"


NET = defaultdict(list)
for a, b, m, line in [("Aston", "Bay", 7, "red"), ("Bay", "Cove", 4, "red"), ("Cove", "Dale", 9, "red"),
                      ("Aston", "Elm", 3, "blue"), ("Elm", "Cove", 6, "blue"), ("Elm", "Fern", 12, "blue"),
                      ("Dale", "Fern", 2, "green"), ("Cove", "Fern", 15, "green"), ("Glen", "Hythe", 5, "grey")]:
    NET[a].append(Edge(b, m, line))
    NET[b].append(Edge(a, m, line))

CHANGE_PENALTY = 5


def dijkstra(start, goal):
    heap = [(0, start, None, ())]
    best = {}
    while heap:
        cost, node, line, path = heapq.heappop(heap)
        if node == goal:
            return cost, list(path)
        if best.get((node, line), float("inf")) <= cost:
            continue
        best[(node, line)] = cost
        for e in NET[node]:
            extra = CHANGE_PENALTY if line and e.line != line else 0
            heapq.heappush(heap, (cost + e.minutes + extra, e.to, e.line, path + (Leg(node, e.to, e.line, e.minutes),)))
    return None


def bfs_hops(start):
    dist = {start: 0}
    q = deque([start])
    while q:
        n = q.popleft()
        for e in NET[n]:
            if e.to not in dist:
                dist[e.to] = dist[n] + 1
                q.append(e.to)
    return dist


for a, b in [("Aston", "Fern"), ("Bay", "Elm"), ("Aston", "Hythe")]:
    r = dijkstra(a, b)
    if r is None:
        print(f"{a} -> {b}: unreachable")
        continue
    cost, legs = r
    print(f"{a} -> {b}: {cost} min via " + ", ".join(map(str, legs)))
print(sorted(bfs_hops("Aston").items(), key=lambda kv: (kv[1], kv[0])))
print(Leg("X", "Y", "red")._replace(minutes=3), Leg._field_defaults, Edge._fields, Leg("a", "b", "c", 1) == ("a", "b", "c", 1))

departures = [datetime(2024, 3, 1, 6, 0) + timedelta(minutes=17 * i) for i in range(40)]
for t in ["06:05", "07:42", "17:20"]:
    now = datetime.strptime("2024-03-01 " + t, "%Y-%m-%d %H:%M")
    i = bisect.bisect_left(departures, now)
    nxt = departures[i] if i < len(departures) else None
    print(t, "->", nxt.strftime("%H:%M") if nxt else "no more trains", f"(wait {(nxt - now).seconds // 60} min)" if nxt else "")
scores = [55, 62, 70, 78, 85, 93]
print([("F", "D", "C", "B", "A")[bisect.bisect([60, 70, 80, 90], s)] for s in scores])
ins = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(ins, x)
print(ins, bisect.bisect_left(ins, 1), bisect.bisect_right(ins, 1))

build = {"app": {"lib", "assets"}, "lib": {"core"}, "assets": {"core", "icons"}, "tests": {"app"}}
ts = TopologicalSorter(build)
print(list(ts.static_order()))
ts2 = TopologicalSorter(build)
ts2.prepare()
waves = []
while ts2.is_active():
    ready = sorted(ts2.get_ready())
    waves.append(ready)
    ts2.done(*ready)
print(waves)
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}}).static_order())
except CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]))
h = [(3, "c"), (1, "a"), (2, "b")]
heapq.heapify(h)
print(heapq.nsmallest(2, h), heapq.nlargest(1, h), heapq.heappushpop(h, (0, "z")), heapq.heapreplace(h, (9, "y")), sorted(h))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge(["b", "a"], ["c"], key=str, reverse=True)))
