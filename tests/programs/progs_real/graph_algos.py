import heapq
import bisect
import itertools
from functools import lru_cache, reduce, partial
from collections import deque

EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
         ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 20)]
graph = {}
for a, b, w in EDGES:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


dist, prev = dijkstra("A")
print(sorted(dist.items()))
print("->".join(path(prev, "F")))


def bfs(src):
    seen = {src}
    order = []
    q = deque([src])
    while q:
        u = q.popleft()
        order.append(u)
        for v, _ in sorted(graph[u]):
            if v not in seen:
                seen.add(v)
                q.append(v)
    return order


print(bfs("D"))

# minimum spanning tree (Kruskal with union-find)
parent = {n: n for n in graph}
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
mst = []
for a, b, w in sorted(EDGES, key=lambda e: e[2]):
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[ra] = rb
        mst.append((a, b, w))
print(mst, sum(w for *_, w in mst))


def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def matpow(m, n):
    result = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while n:
        if n & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n >>= 1
    return result


print(matpow([[1, 1], [1, 0]], 30)[0][1])


@lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(edit_distance("kitten", "sitting"), edit_distance.cache_info())
scores = [12, 33, 45, 60, 71, 88, 95]
grades = "FEDCBA"
cut = [30, 45, 60, 75, 90]
print([grades[bisect.bisect(cut, s)] for s in scores])
bisect.insort(scores, 50)
print(scores, bisect.bisect_left(scores, 45), bisect.bisect_right(scores, 45))
print(list(itertools.permutations("abc", 2))[:4], len(list(itertools.combinations(range(6), 3))))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(itertools.chain.from_iterable(["ab", "cd"])))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")])
print(list(itertools.product([0, 1], repeat=2)), list(itertools.islice(itertools.count(5, 3), 4)))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.pairwise([1, 2, 4, 8])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(reduce(lambda a, b: a * b, range(1, 11)), partial(int, base=2)("1011"))
print(heapq.nlargest(3, scores), heapq.nsmallest(2, EDGES, key=lambda e: e[2]))
h = [5, 1, 4]
heapq.heapify(h)
print(heapq.heappushpop(h, 3), heapq.heapreplace(h, 0), h, list(heapq.merge([1, 4], [2, 3])))
