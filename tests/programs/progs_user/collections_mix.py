"""collections in a ticketing system: deque, defaultdict, OrderedDict, namedtuple, abc mixins."""
from collections import deque, defaultdict, OrderedDict, namedtuple, Counter, UserDict, UserList
from collections.abc import MutableMapping, Sequence, Iterable, Mapping, Hashable, Callable

Ticket = namedtuple("Ticket", ["id", "priority", "title"])


class TicketQueue:
    def __init__(self, maxlen=None):
        self.q = deque(maxlen=maxlen)

    def push(self, t, urgent=False):
        (self.q.appendleft if urgent else self.q.append)(t)

    def pop(self):
        return self.q.popleft()

    def __len__(self):
        return len(self.q)


tq = TicketQueue(maxlen=4)
for i, (p, title) in enumerate([(2, "login"), (1, "crash"), (3, "typo"), (1, "data loss"), (2, "slow")]):
    tq.push(Ticket(i, p, title), urgent=(p == 1))
print(list(tq.q))
print(tq.pop().title, len(tq))
d = deque(range(6))
d.rotate(2)
print(d, d[0], d[-1], d.count(3), d.index(4))
d.rotate(-3)
d.extendleft("ab")
print(d, d.maxlen, deque("xyz", maxlen=2))
d.remove("a")
print(list(reversed(d)), d.pop(), d.popleft())

by_prio = defaultdict(list)
for t in [Ticket(1, 2, "a"), Ticket(2, 1, "b"), Ticket(3, 2, "c")]:
    by_prio[t.priority].append(t.title)
print(dict(by_prio), by_prio[9], sorted(by_prio))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print({k: dict(v) for k, v in nested.items()}, repr(defaultdict(int)))

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od == OrderedDict(zip("acd", [0] * 3)))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))


class CaseInsensitiveDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._d[k.lower()][1]

    def __setitem__(self, k, v):
        self._d[k.lower()] = (k, v)

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return (orig for orig, _ in self._d.values())

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f"CID({dict(self.items())})"


h = CaseInsensitiveDict({"Content-Type": "json"}, Accept="*/*")
h["content-type"] = "html"
print(h, h["CONTENT-TYPE"], "accept" in h, len(h), h.get("x", 0), sorted(h.keys()))
print(h.pop("Accept"), h.setdefault("New", 1), list(h.items()), h == {"content-type": "html", "New": 1})


class Span(Sequence):
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("span index out of range")
        return self.lo + i

    def __len__(self):
        return self.hi - self.lo


s = Span(10, 15)
print(list(s), s[-1], s[1:4], 12 in s, s.index(13), s.count(11), list(reversed(s)))
print(isinstance(s, Iterable), isinstance({}, Mapping), isinstance([], Hashable), isinstance(len, Callable))


class Upper(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)


u = Upper(a=1)
u["b"] = 2
print(u, u.data, UserList([3, 1, 2]) + [0])
c = Counter(t.priority for t in tq.q)
print(c, c.most_common(1))
