import uuid
from uuid import UUID, uuid1, uuid3, uuid4, uuid5, NAMESPACE_DNS, NAMESPACE_URL, NAMESPACE_OID, NAMESPACE_X500
import copy, pickle

u = UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version,
      u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq, int(u))
for kw in [dict(hex='12345678123456781234567812345678'), dict(bytes=u.bytes), dict(bytes_le=u.bytes_le),
           dict(fields=u.fields), dict(int=u.int), dict(hex='urn:uuid:12345678-1234-5678-1234-567812345678')]:
    v = UUID(**kw)
    print(v == u, hash(v) == hash(u), v)
print(UUID(int=0), UUID(int=(1 << 128) - 1), UUID(int=5, version=4), UUID(int=0).variant,
      UUID(int=(1 << 128) - 1).variant, UUID(int=0xc000 << 48).variant, UUID(int=0).version)
for ns in [NAMESPACE_DNS, NAMESPACE_URL, NAMESPACE_OID, NAMESPACE_X500]:
    print(ns, uuid3(ns, 'python.org'), uuid5(ns, 'python.org'), uuid5(ns, 'é'))
for f in (uuid3, uuid5):
    try:
        f(NAMESPACE_DNS, b'x')
    except TypeError as e:
        print('TypeError', e)
a, b = UUID(int=1), UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == 1, sorted([b, a]), {a: 1}[UUID(int=1)])
try:
    a < 1
except TypeError as e:
    print("TypeError", e)
bad_args = [dict(), dict(hex='x', int=1), dict(hex='123'), dict(bytes=b'12'), dict(bytes_le=b'1'),
            dict(fields=(1, 2)), dict(int=-1), dict(int=1 << 128), dict(int=1, version=6),
            dict(int=1, version=0), dict(hex='g' * 32)]
for i in range(6):
    f = [0] * 6
    f[i] = 1 << 64
    bad_args.append(dict(fields=tuple(f)))
for kw in bad_args:
    try:
        print(UUID(**kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError", e)
try:
    UUID(bytes=bytearray(16))
except AssertionError as e:
    print("AssertionError", e)
r = uuid4()
print(r.version, r.variant, len(str(r)), r == UUID(str(r)), r != uuid4())
t1, t2 = uuid1(), uuid1()
print(t1.version, t1.variant, t1 != t2, t1.node == t2.node, t1.node == uuid.getnode())
t3 = uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t3.node == 0x123456789abc, t3.clock_seq, t3.version)
print(copy.copy(u) == u, copy.deepcopy(u) == u, pickle.loads(pickle.dumps(u)) == u)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, u.is_safe, uuid.RFC_4122, uuid.RESERVED_NCS)
print(str(UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8').bytes_le.hex()))
