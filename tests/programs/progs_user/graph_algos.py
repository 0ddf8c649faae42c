"""Graph algorithms: BFS, DFS, Dijkstra, topological sort, union-find."""
import heapq
from collections import deque, defaultdict
from graphlib import TopologicalSorter, CycleError

EDGES = """\
A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
E F 20
G H 1
"""

graph = defaultdict(dict)
for line in EDGES.splitlines():
    u, v, w = line.split()
    graph[u][v] = int(w)
    graph[v][u] = int(w)


def bfs(start):
    seen = {start: 0}
    q = deque([start])
    while q:
        u = q.popleft()
        for v in sorted(graph[u]):
            if v not in seen:
                seen[v] = seen[u] + 1
                q.append(v)
    return seen


def dfs(start, seen=None):
    seen = seen if seen is not None else []
    seen.append(start)
    for v in sorted(graph[start]):
        if v not in seen:
            dfs(v, seen)
    return seen


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


print(bfs("A"))
print(dfs("A"))
dist, prev = dijkstra("A")
print(sorted(dist.items()))
print("->".join(path(prev, "F")), dist["F"])
print(dist.get("G", "unreachable"))


class DSU:
    def __init__(self):
        self.parent = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


edges = sorted((w, u, v) for u in graph for v, w in graph[u].items() if u < v)
dsu = DSU()
mst = [(u, v, w) for w, u, v in edges if dsu.union(u, v)]
print("MST", mst, sum(w for *_, w in mst))
components = defaultdict(list)
for node in sorted(graph):
    components[dsu.find(node)].append(node)
print(dict(components))

deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core"}, "core": set(), "tests": {"app"}}
ts = TopologicalSorter(deps)
order = list(ts.static_order())
print(order[0], order[-1], len(order), order.index("lib") < order.index("app"))
ts2 = TopologicalSorter()
ts2.add("b", "a")
ts2.add("c", "b")
ts2.prepare()
batches = []
while ts2.is_active():
    ready = sorted(ts2.get_ready())
    batches.append(ready)
    ts2.done(*ready)
print(batches)
try:
    list(TopologicalSorter({"x": {"y"}, "y": {"x"}}).static_order())
except CycleError as e:
    print("CycleError", e.args[0], sorted(set(e.args[1])))


def kahn(d):
    indeg = {n: 0 for n in d}
    for n, ds in d.items():
        for m in ds:
            indeg.setdefault(m, 0)
    rev = defaultdict(list)
    for n, ds in d.items():
        for m in ds:
            rev[m].append(n)
            indeg[n] += 1
    q = deque(sorted(n for n, k in indeg.items() if k == 0))
    out = []
    while q:
        n = q.popleft()
        out.append(n)
        for m in sorted(rev[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                q.append(m)
    return out


print(kahn(deps))
grid = ["S.#.....", ".##.###.", "....#...", "##.##.#E"]
R, C = len(grid), len(grid[0])
start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
q, seen = deque([(start, 0)]), {start}
while q:
    (r, c), d = q.popleft()
    if grid[r][c] == "E":
        print("maze steps", d)
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append(((nr, nc), d + 1))
