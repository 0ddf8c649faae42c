import os, sys, warnings, io

os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
breakpoint('via', 'print', sep='-')
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'nosuchmod.func'
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(breakpoint())
    print([str(x.message) for x in w], w[0].category.__name__)
sys.breakpointhook = lambda *a, **k: print('hook', a, k) or 'result'
print(breakpoint(1, x=2))
sys.breakpointhook = sys.__breakpointhook__
del os.environ['PYTHONBREAKPOINT']
sys.stdin = io.StringIO('c\n')
def f():
    breakpoint()
    return 'continued'
out = io.StringIO()
real = sys.stdout
sys.stdout = out
r = f()
sys.stdout = real
print(r, out.getvalue().count('(Pdb) '), out.getvalue().startswith('> '))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError', e)
