# graphlib, getopt, hmac, secrets, contextvars.
import graphlib
import getopt
import hmac
import hashlib
import secrets
import contextvars

# -- graphlib
ts = graphlib.TopologicalSorter({'d': ['b', 'c'], 'b': ['a'], 'c': ['a'], 'e': []})
print(list(ts.static_order()))
ts = graphlib.TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(2, 0)
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    order.append(ready)
    ts.done(*ready)
print(order, bool(ts))
try:
    list(graphlib.TopologicalSorter({1: [2], 2: [3], 3: [1], 0: [1]}).static_order())
except graphlib.CycleError as e:
    print('CycleError', e.args)
t = graphlib.TopologicalSorter({'a': ['b']})
for f in (t.get_ready, t.is_active):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
t.prepare()
for f, a in ((t.prepare, ()), (t.add, ('z',)), (t.done, ('a',)), (t.done, ('q',))):
    try:
        f(*a)
    except ValueError as e:
        print('ValueError', e)
t.get_ready()
t.done('b')
try:
    t.done('b')
except ValueError as e:
    print('ValueError', e)
print(issubclass(graphlib.CycleError, ValueError))

# -- getopt
print(getopt.getopt(['-a', '-bval', '-c', 'x', '--long', '--with=1', 'rest', '-z'],
                    'ab:c:', ['long', 'with=']))
print(getopt.getopt(['-ab', 'v', '--', '-c'], 'ab:'))
print(getopt.gnu_getopt(['file', '-a', '--wi', '2', 'more'], 'a', ['with=', 'other']))
print(getopt.gnu_getopt(['file', '-a'], '+a'))
for args, short, long in [(['-x'], 'a', []), (['-b'], 'b:', []), (['--nope'], '', ['yes']),
                          (['--with'], '', ['with=']), (['--flag=1'], '', ['flag']),
                          (['--w'], '', ['with', 'without'])]:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print('GetoptError', e, repr(e.opt), e.msg)
print(getopt.error is getopt.GetoptError)

# -- hmac
for mod in ('sha256', hashlib.md5, 'sha1'):
    h = hmac.new(b'key', b'The quick brown fox', mod)
    print(h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hmac.new(b'k' * 100, digestmod='sha256')
h.update(b'part1')
c = h.copy()
h.update(b'part2')
print(h.hexdigest(), c.hexdigest())
print(hmac.digest(b'key', b'msg', 'sha512')[:8])
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'),
      hmac.compare_digest('ab', 'ab'), hmac.compare_digest(b'a', b'ab'))
for args in ((b'a', 'a'), ('é', 'é')):
    try:
        hmac.compare_digest(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    hmac.new(b'key')
except TypeError as e:
    print('TypeError', e)
try:
    hmac.new('key', digestmod='sha256')
except TypeError as e:
    print('TypeError', e)

# -- secrets (random: only shapes and ranges are printed)
print(len(secrets.token_bytes(10)), len(secrets.token_bytes()), len(secrets.token_hex(5)))
tok = secrets.token_urlsafe(16)
print(len(tok), all(ch.isalnum() or ch in '-_' for ch in tok))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(50)), secrets.randbits(0))
print(all(secrets.randbits(5) < 32 for _ in range(50)), secrets.choice('aaa'))
for f, a in ((secrets.randbelow, 0), (secrets.choice, [])):
    try:
        f(a)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)

# -- contextvars
var = contextvars.ContextVar('var', default=1)
other = contextvars.ContextVar('other')
print(var.name, var.get(), other.get('fallback'))
try:
    other.get()
except LookupError:
    print('LookupError')
tok = var.set(2)
print(var.get(), tok.var is var, tok.old_value)
ctx = contextvars.copy_context()


def inside(x):
    var.set(x)
    other.set('in')
    return var.get(), other.get()


print(ctx.run(inside, 10), var.get(), other.get(None), ctx[var], ctx.get(other), len(ctx))
print(var in ctx, sorted(v.name for v in ctx), sorted(map(str, ctx.values())))
var.reset(tok)
print(var.get(), tok.old_value is contextvars.Token.MISSING)
t2 = other.set('x')
print(t2.old_value is contextvars.Token.MISSING)
other.reset(t2)
print(other.get('gone'))
t3 = other.set('y')
for f, a, exc in ((var.reset, tok, RuntimeError), (var.reset, t3, ValueError)):
    try:
        f(a)
    except exc as e:
        print(type(e).__name__)
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError:
    print('RuntimeError')
try:
    ctx['x']
except TypeError as e:
    print('TypeError', e)
