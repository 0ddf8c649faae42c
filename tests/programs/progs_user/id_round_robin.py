"""Ticket IDs and round-robin assignment with itertools.count/cycle/repeat, checked eagerly."""
import itertools as it


class IdGenerator:
    def __init__(self, prefix, start=1, step=1):
        self.prefix = prefix
        self._counter = it.count(start, step)

    def __next__(self):
        return f"{self.prefix}-{next(self._counter):04d}"

    def __iter__(self):
        return self

    def __repr__(self):
        return f"IdGenerator({self.prefix!r}, {self._counter!r})"


ids = IdGenerator("TCK", 100, 5)
agents = it.cycle(["ann", "bob", "cy"])
tickets = [(next(ids), agent, subject) for subject, agent in zip(["login", "billing", "crash", "typo", "slow"], agents)]
for t in tickets:
    print(t)
print(ids, next(agents))
c = it.count()
print(next(c), next(c), c, isinstance(c, it.count), iter(c) is c)
for i in c:
    if i > 4:
        break
print(next(c), c, it.count(1.5, 0.5), it.count(step=-1), it.count(10, 1.0))
r = it.repeat("ping", 3)
print(r, r.__length_hint__(), next(r), r, list(r), r, it.repeat(None), it.repeat(1, -2))
print(list(map(pow, range(5), it.repeat(2))), list(zip("abc", it.repeat(0))))
print(dict(zip(["x", "y"], it.count(start=1))), list(it.islice(it.count(10, -2.5), 4)))
for bad in [lambda: it.count("a"), lambda: it.count(1, "x"), lambda: it.repeat(1, times=None),
            lambda: it.repeat(1, "3"), lambda: it.permutations([1], "x"), lambda: it.combinations([1], -1),
            lambda: it.combinations_with_replacement("ab", None), lambda: it.product([1], repeat=-1),
            lambda: it.tee([1], -1), lambda: it.zip_longest(1), lambda: it.product(1), lambda: it.pairwise(5),
            lambda: it.dropwhile(bool, 3), lambda: it.accumulate(None), lambda: it.cycle(7)]:
    try:
        print("no error:", bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
seen = []


def noisy():
    for x in "abc":
        seen.append(x)
        yield x


p = it.permutations(noisy(), 2)
print("consumed at creation:", seen)
print(list(p)[:3], list(it.combinations(noisy(), 3)))
workers = {name: [] for name in ["w1", "w2"]}
for job, w in zip(range(7), it.cycle(workers)):
    workers[w].append(job)
print(workers)
batches = it.zip_longest(*[iter(range(7))] * 3, fillvalue=None)
print(list(batches))
