import io
import pickle
import copyreg
from dataclasses import dataclass
from enum import Enum
from collections import namedtuple, OrderedDict


class Dept(Enum):
    ENG = 1
    OPS = 2


@dataclass
class Employee:
    name: str
    dept: Dept
    salary: int
    skills: tuple = ()


Pair = namedtuple("Pair", "a b")


class Counter:
    def __init__(self):
        self.n = 0
        self.log = []

    def __getstate__(self):
        return {"n": self.n}

    def __setstate__(self, st):
        self.n = st["n"]
        self.log = ["restored"]


staff = [Employee("ann", Dept.ENG, 120, ("py", "rust")), Employee("bo", Dept.OPS, 90)]
payload = {"staff": staff, "pair": Pair(1, [2, 3]), "od": OrderedDict(x=1), "set": frozenset({3}),
           "bytes": b"\x00\xff", "big": 2 ** 100, "float": 1.5, "none": None, "cx": 1 - 2j}
payload["self"] = payload["staff"]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(payload, protocol=proto)
    back = pickle.loads(data)
    print(proto, back["staff"] == staff, back["self"] is back["staff"], back["pair"], back["big"], back["cx"])
print(back["staff"][0], back["staff"][1].dept is Dept.OPS, type(back["od"]).__name__)
c = Counter()
c.n = 5
c.log.append("x")
c2 = pickle.loads(pickle.dumps(c))
print(c2.n, c2.log)
buf = io.BytesIO()
pickle.dump([1, 2, 3], buf)
pickle.dump("second", buf)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
try:
    pickle.dumps(lambda x: x)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return (Point, (p.x * 10, p.y * 10))


copyreg.pickle(Point, reduce_point)
p = pickle.loads(pickle.dumps(Point(1, 2)))
print(p.x, p.y)
print(pickle.loads(pickle.dumps(list(range(5)), protocol=0)))
