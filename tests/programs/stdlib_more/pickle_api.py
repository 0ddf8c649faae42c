# The Pickler/Unpickler classes, persistent ids, reducer_override, dump/load on files, errors.
import pickle
import io


class Ref:
    def __init__(self, key):
        self.key = key


DB = {'alpha': 'ALPHA', 7: 'SEVEN'}


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return obj.key
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return DB[pid]


for p in range(6):
    buf = io.BytesIO()
    DBPickler(buf, p).dump([Ref('alpha'), 1, Ref(7) if p else Ref('7')])
    data = buf.getvalue()
    print(p, data)
    if p:
        print(DBUnpickler(io.BytesIO(data)).load())
    try:
        pickle.loads(data)
    except pickle.UnpicklingError as e:
        print('UnpicklingError', e)


class Finder(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'range'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))


print(Finder(io.BytesIO(pickle.dumps({1, 2}, 4))).load(), Finder(io.BytesIO(pickle.dumps(range(3), 3))).load())
try:
    Finder(io.BytesIO(pickle.dumps(print))).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, complex):
            return str, ('complex!',)
        return NotImplemented


buf = io.BytesIO()
Override(buf, 3).dump([1j, 2])
print(buf.getvalue(), pickle.loads(buf.getvalue()))

# dump/load on a file, several pickles in a row
buf = io.BytesIO()
for v in [1, 'two', [3] * 3, {'four': 4}]:
    pickle.dump(v, buf, protocol=4)
pickle.dump(5, buf, 0)
buf.seek(0)
print([pickle.load(buf) for _ in range(5)])
try:
    pickle.load(buf)
except EOFError as e:
    print('EOFError', e)

# memo reuse across dumps of one Pickler, clear_memo
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
lst = [1]
p.dump(lst)
p.dump(lst)
p.clear_memo()
p.dump(lst)
print(buf.getvalue())

print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.PickleError, Exception))
print(pickle.PicklingError.__module__, pickle.Pickler.__module__)


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


def local():
    def inner():
        pass
    return inner


class NoReduce:
    def __reduce__(self):
        return 42


class BadReduce:
    def __reduce__(self):
        return (len,)


class NotCallable:
    def __reduce__(self):
        return (5, ())


class BadArgs:
    def __reduce__(self):
        return (len, [1])


err(pickle.dumps, 1, 6)
err(pickle.dumps, 1, protocol=3, buffer_callback=print)
err(pickle.Pickler, None)
err(pickle.dumps, local())
err(pickle.dumps, NoReduce())
err(pickle.dumps, BadReduce())
err(pickle.dumps, NotCallable())
err(pickle.dumps, BadArgs())
err(pickle.dumps, (x for x in []))
err(pickle.loads, b'')
err(pickle.loads, 'text')
err(pickle.loads, b'\xff')
err(pickle.loads, b'K')
err(pickle.loads, b'K\x01')
err(pickle.loads, b'.')
err(pickle.loads, b'a.')
err(pickle.loads, b'h\x05.')
err(pickle.loads, b'\x80\x09.')
err(pickle.loads, b'J\x01\x00')
err(pickle.loads, b'X\x05\x00\x00\x00ab')
err(pickle.loads, b'S"abc\n.')
err(pickle.loads, b'cno_such_module_xyz\nthing\n.')
err(pickle.loads, b'cbuiltins\nno_such_name\n.')
err(pickle.loads, b'\x80\x04\x8c\x08builtins\x8c\x07nothing\x93.')
err(pickle.loads, b'e.')
err(pickle.loads, b'\x80\x02\x82\x05.')
err(pickle.loads, b'(Ku.')
err(pickle.loads, b'P1\n.')
err(pickle.loads, b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00K\x01.')
err(pickle.dumps, {1: 2}, fix_imports=False)
err(pickle.loads, pickle.dumps(int, 2), fix_imports=False)
err(pickle.loads, b'c__builtin__\nlong\n.', fix_imports=False)
