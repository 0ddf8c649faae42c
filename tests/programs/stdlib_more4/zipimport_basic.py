import zipimport, zipfile, tempfile, os, sys, importlib.util, shutil, warnings

root = tempfile.mkdtemp()
arch = os.path.join(root, 'lib.zip')
with zipfile.ZipFile(arch, 'w') as z:
    z.writestr('plain.py', 'X = 41 + 1\ndef f():\n    return __name__\n')
    z.writestr('pkg/__init__.py', 'from . import inner\nNAME = "pkg"\n')
    z.writestr('pkg/inner.py', 'VALUE = "inner"\n')
    z.writestr('pkg/data.txt', 'some data\n')
    z.writestr('ns/portion.py', 'P = 1\n')
    z.writestr('sub/deep/mod.py', 'D = "deep"\n')
    z.writestr('crlf.py', 'A = 1\r\nB = 2\r\n')
with open(os.path.join(root, 'notzip.txt'), 'w') as f:
    f.write('hello')

def show(x):
    print(str(x).replace(root, 'ROOT'))

zi = zipimport.zipimporter(arch)
show(zi); show(zi.archive); print(repr(zi.prefix))
spec = zi.find_spec('plain')
print(spec.name, spec.loader is zi, spec.origin.replace(root, 'ROOT'), spec.submodule_search_locations, spec.has_location)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.X, mod.f(), mod.__file__.replace(root, 'ROOT'))
print(zi.is_package('plain'), zi.is_package('pkg'))
show(zi.get_filename('pkg'))
print(zi.get_source('plain'))
print(zi.get_source('crlf'), zi.get_code('crlf').co_filename.replace(root, 'ROOT'))
print(zi.get_data(os.path.join(arch, 'pkg', 'data.txt')), zi.get_data('pkg/data.txt'))
ps = zi.find_spec('pkg')
print(ps.name, [p.replace(root, 'ROOT') for p in ps.submodule_search_locations])
ns = zi.find_spec('ns')
print(ns)
print(zi.find_spec('missing'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    m = zi.load_module('plain')
    print(m.X, m.__loader__ is zi, 'plain' in sys.modules, [str(x.message)[:40] for x in w])
    print(zi.find_module('plain') is zi, zi.find_module('nope'))
    print(zi.find_loader('plain')[0] is zi, zi.find_loader('nope'))
sys.modules.pop('plain', None)
zs = zipimport.zipimporter(os.path.join(arch, 'sub', 'deep'))
show(zs); print(repr(zs.prefix))
print(zs.find_spec('mod').origin.replace(root, 'ROOT'))
for args in [(arch,), ('',), (os.path.join(root, 'notzip.txt'),), (os.path.join(root, 'nothere.zip'),), (b'x',), (root,)]:
    try:
        zipimport.zipimporter(*args)
    except Exception as e:
        print(type(e).__name__, str(e).replace(root, 'ROOT'), getattr(e, 'path', '-') is not None)
for call in (lambda: zi.get_code('missing'), lambda: zi.get_source('missing'), lambda: zi.is_package('missing'),
             lambda: zi.get_data('nothere'), lambda: zi.get_filename('missing')):
    try:
        call()
    except (zipimport.ZipImportError, OSError) as e:
        print(type(e).__name__, e, getattr(e, 'name', None))
print(issubclass(zipimport.ZipImportError, ImportError))
zi.invalidate_caches()
print(zi.find_spec('plain') is not None)
shutil.rmtree(root)
