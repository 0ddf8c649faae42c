# hashlib: every supported algorithm, new(), update/digest/hexdigest/copy, attributes, errors.
import hashlib

msgs = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 3]
names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']
for name in names:
    ctor = getattr(hashlib, name)
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)
    for m in msgs:
        a = ctor(m).hexdigest()
        b = hashlib.new(name, m).hexdigest()
        c = hashlib.new(name.upper() if name[-1] in '0123456789' and 'sha3' not in name else name, data=m).digest().hex()
        print(' ', a, a == b == c)

h = hashlib.sha256()
h.update(b'hello ')
c = h.copy()
h.update(b'world')
c.update(bytearray(b'there'))
print(h.hexdigest(), c.hexdigest(), h.digest() == hashlib.sha256(b'hello world').digest())
print(h.hexdigest() == h.hexdigest())
print(hashlib.md5(memoryview(b'mv')).hexdigest(), hashlib.sha1(string=b'kw').hexdigest())
print(hashlib.blake2b(b'x', digest_size=16).hexdigest(), hashlib.blake2s(b'x', digest_size=8).hexdigest())
b = hashlib.blake2b(digest_size=20)
b.update(b'data')
print(b.digest_size, b.hexdigest(), b.copy().hexdigest(), isinstance(b, hashlib.blake2b))
print(sorted(hashlib.algorithms_guaranteed >= {'md5', 'sha1', 'sha256', 'blake2b', 'sha3_256'} and ['ok']))
print(hashlib.md5(b'x', usedforsecurity=False).hexdigest())


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: hashlib.new('nope'))
show(lambda: hashlib.md5('text'))
show(lambda: hashlib.sha256(5))
show(lambda: hashlib.sha1().update('x'))
show(lambda: hashlib.blake2b(digest_size=65))
show(lambda: hashlib.blake2s(digest_size=0))
show(lambda: hashlib.new())
show(lambda: hashlib.new('BLAKE2B'))
print(hashlib.new('sha3-256').name, hashlib.new('Sha-512').name)
