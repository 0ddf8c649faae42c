import trace, os, tempfile, pickle, shutil, sys

d = tempfile.mkdtemp()
src = os.path.join(d, 'target.py')
with open(src, 'w') as f:
    f.write('def f(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total\n\nprint(f(3))  #pragma NO COVER\n')
counts = {(src, 1): 1, (src, 2): 1, (src, 3): 4, (src, 4): 3, (src, 5): 1, (src, 7): 1, ('<string>', 1): 1}
calls = {(src, 'target', 'f'): 1, (src, 'target', '<module>'): 1}
callers = {((src, 'target', '<module>'), (src, 'target', 'f')): 1,
           ((src, 'target', 'f'), ('/x/other.py', 'other', 'g')): 1}
r = trace.CoverageResults(counts, calls, callers=callers, outfile=os.path.join(d, 'counts.pkl'))
import io, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    r.write_results(show_missing=False, summary=True)
print(buf.getvalue().replace(d, 'D'))
print(sorted(os.listdir(d)))
print(open(os.path.join(d, 'target.cover')).read())
r2 = trace.CoverageResults(infile=os.path.join(d, 'counts.pkl'))
print(r2.counts == counts, r2.calledfuncs == calls, len(r2.callers))
r2.update(r)
print(r2.counts[(src, 3)], r2.is_ignored_filename('<stdin>'), r2.is_ignored_filename('a.py'))
r3 = trace.CoverageResults(infile=os.path.join(d, 'missing.pkl'))
print(r3.counts)
ig = trace._Ignore(['os', 'json'], ['/usr/lib'])
print(ig.names('/x/os.py', 'os'), ig.names('/x/a.py', 'json.decoder'), ig.names('/x/a.py', 'jsonx'),
      ig.names('/usr/lib/x.py', 'x'), ig.names(None, 'builtin'), ig.names('<string>', '<string>'))
print(trace._modname('/a/b/c.py'), trace._fullmodname(os.path.join(sys.path[0], 'pkg', 'mod.py')))
t = trace.Trace(count=0, trace=0)
print(t.runfunc(lambda a, b: a + b, 2, 3), t.donothing)
t.runctx('x = 6 * 7', {}, {})
res = t.results()
print(type(res).__name__, res.counts)
shutil.rmtree(d)
