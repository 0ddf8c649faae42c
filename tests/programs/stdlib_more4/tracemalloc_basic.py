import tracemalloc as t

print(t.is_tracing(), t.get_traced_memory(), t.get_traceback_limit(), t.get_object_traceback([]))
try:
    t.take_snapshot()
except RuntimeError as e:
    print('RuntimeError', e)
for bad in (0, 65536, -1, 'x', 2.0):
    try:
        t.start(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(t.is_tracing())
t.start(3)
print(t.is_tracing(), t.get_traceback_limit())
t.clear_traces()
t.stop()
print(t.is_tracing(), t.get_traceback_limit(), t.get_traced_memory())
t.start()
print(t.get_traceback_limit())
t.stop()
for n in (0, 99, 100, 1023, 10239, 10240, 99 * 1024, 5 * 1024 ** 3, 2 ** 60, -2000):
    print(t._format_size(n, False), t._format_size(n, True))
f1, f2 = t.Frame(('a.py', 3)), t.Frame(('b.py', 1))
print(f1, repr(f1), f1 < f2, f1 == t.Frame(('a.py', 3)), f1.filename, f1.lineno, hash(f1) == hash(('a.py', 3)))
tb = t.Traceback((('b.py', 1), ('a.py', 3)), total_nframe=5)
print(tb, repr(tb), len(tb), tb[0], tb[-1], f1 in tb, tb.total_nframe, tb == t.Traceback((('b.py', 1), ('a.py', 3))))
print(tb.format(), tb.format(most_recent_first=True), tb.format(limit=1), tb.format(limit=-1))
flt = t.Filter(True, '*.py', lineno=3)
print(flt.inclusive, flt.filename_pattern, flt.lineno, flt.all_frames, flt.domain)
print(flt._match((0, 10, (('a.py', 3),), 1)), flt._match((0, 10, (('a.txt', 3),), 1)))
print(t.Filter(False, 'a.py')._match((0, 1, (('a.py', 1),), 1)), t.Filter(True, 'x.py', all_frames=True)._match((0, 1, (('a.py', 1), ('x.py', 2)), 2)))
print(t.Filter(True, 'a.py', domain=2)._match((2, 1, (('a.py', 1),), 1)), t.Filter(False, 'a.py', domain=2)._match((1, 1, (('a.py', 1),), 1)))
d = t.DomainFilter(False, 5)
print(d.domain, d.inclusive, d._match((5, 1, (), 0)), d._match((4, 1, (), 0)))
