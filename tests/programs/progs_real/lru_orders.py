from collections import OrderedDict, ChainMap, namedtuple, deque, Counter, defaultdict
from collections.abc import MutableMapping, Sequence, Iterable, Mapping


class LRU(MutableMapping):
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def __getitem__(self, k):
        try:
            v = self.data[k]
        except KeyError:
            self.misses += 1
            raise
        self.hits += 1
        self.data.move_to_end(k)
        return v

    def __setitem__(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print("evict", old)

    def __delitem__(self, k):
        del self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


c = LRU(3)
for k in "abcad":
    c[k] = k.upper()
print(list(c), c.get("b"), c.get("a"), c.hits, c.misses, "a" in c, dict(c.data))
c.update(e=5, f=6)
print(list(c.keys()), c.pop("f"), c.setdefault("z", 0), len(c))
print(isinstance(c, Mapping), isinstance([], Sequence), isinstance({}, MutableMapping), isinstance(3, Iterable))

Order = namedtuple("Order", "id customer items total", defaults=[0.0])
orders = [Order(1, "ann", ["pen"], 2.5), Order(2, "bob", ["ink", "pad"], 7.0), Order(3, "ann", ["pad"])]
print(orders[2], orders[0]._asdict(), Order._make([9, "x", [], 1]))
by_cust = defaultdict(list)
for o in orders:
    by_cust[o.customer].append(o.id)
print(dict(by_cust), Counter(i for o in orders for i in o.items))
cnt = Counter("mississippi")
print(cnt.most_common(2), cnt + Counter("sip"), cnt - Counter("ssss"), cnt & Counter("ii"), sorted(cnt.elements())[:5])
print(cnt.total(), Counter(a=3) | Counter(a=1, b=2), +Counter(a=-1, b=1))
defaults = {"color": "red", "size": "M"}
env = {"size": "L"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm))
cm["color"] = "blue"
print(cli, cm.maps[1:], cm.new_child({"x": 1})["x"], cm.parents["color"])
dq = deque(range(5), maxlen=5)
dq.append(5)
dq.appendleft(-1)
dq.rotate(2)
print(dq, dq.maxlen, dq.count(3), dq.index(3))
dq.extendleft([10, 11])
print(list(dq), dq.pop(), dq.popleft())
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
print(od, list(reversed(od)), od.popitem(), od == OrderedDict([("b", 0), ("c", 0)]))
