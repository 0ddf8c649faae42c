"""Persisting state: pickle round-trips of custom classes, uuid3/5, time with gmtime."""
import pickle
import time
import uuid
import io
from dataclasses import dataclass
from enum import Enum
from collections import OrderedDict, defaultdict, namedtuple


class Kind(Enum):
    A = 1
    B = 2


@dataclass
class Job:
    name: str
    kind: Kind
    tags: tuple = ()


class Stateful:
    def __init__(self, n):
        self.n = n
        self.cache = {"tmp": object}

    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = {}

    def __repr__(self):
        return f"Stateful({self.n}, cache={self.cache})"


P = namedtuple("P", "x y")
data = {
    "jobs": [Job("build", Kind.A, ("ci",)), Job("ship", Kind.B)],
    "state": Stateful(5),
    "od": OrderedDict(a=1),
    "dd": defaultdict(list, {"k": [1]}),
    "pt": P(1, 2),
    "misc": [1, 2.5, 3 + 4j, b"by", bytearray(b"ba"), None, True, frozenset({1}), {2}, 10**30, "s"],
}
data["self"] = data["misc"]
for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
    blob = pickle.dumps(data, protocol=proto)
    back = pickle.loads(blob)
    print(proto, back["jobs"] == data["jobs"], back["state"], back["od"], back["dd"]["k"], back["pt"],
          back["self"] is back["misc"], back["misc"][:4])
buf = io.BytesIO()
pickle.dump([1, 2], buf)
buf.seek(0)
print(pickle.load(buf), pickle.loads(pickle.dumps(Kind.B)) is Kind.B)
try:
    pickle.dumps(lambda x: x)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError")

ns = uuid.NAMESPACE_DNS
u5 = uuid.uuid5(ns, "example.org")
u3 = uuid.uuid3(uuid.NAMESPACE_URL, "http://x/")
print(u5, u5.version, u5.hex[:8], u3, u3.version, uuid.UUID(str(u5)) == u5)
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u.int, u.bytes[:4], u.fields[:2], repr(u), uuid.UUID(int=1), uuid.UUID(bytes=b"\x00" * 16).urn)
print(len(str(uuid.uuid4())), uuid.uuid4().version)
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)

t = time.gmtime(1_000_000_000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday, t.tm_isdst, tuple(t)[:3])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %j", t), time.asctime(t), time.calendar if hasattr(time, "calendar") else "")
print(time.strptime("2024-02-29 12:30", "%Y-%m-%d %H:%M")[:6], time.gmtime(0)[:6])
start = time.perf_counter()
_ = sum(range(10000))
print(time.perf_counter() - start >= 0, isinstance(time.time(), float), time.monotonic() > 0, type(time.time_ns()))
