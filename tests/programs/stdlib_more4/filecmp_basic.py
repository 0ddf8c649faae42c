import filecmp, os, tempfile, shutil

root = tempfile.mkdtemp()
a = os.path.join(root, 'a'); b = os.path.join(root, 'b')
for d in (a, b):
    os.makedirs(os.path.join(d, 'sub', 'deep'))
    os.makedirs(os.path.join(d, '.git'))
def w(path, data):
    with open(path, 'w') as f:
        f.write(data)
w(os.path.join(a, 'same.txt'), 'hello\n'); w(os.path.join(b, 'same.txt'), 'hello\n')
w(os.path.join(a, 'diff.txt'), 'one\n'); w(os.path.join(b, 'diff.txt'), 'two\n')
w(os.path.join(a, 'onlya.txt'), 'x'); w(os.path.join(b, 'onlyb.txt'), 'y')
w(os.path.join(a, 'funny'), 'file'); os.mkdir(os.path.join(b, 'funny'))
w(os.path.join(a, 'sub', 's.txt'), 'abc'); w(os.path.join(b, 'sub', 's.txt'), 'abd')
w(os.path.join(a, 'sub', 'deep', 'd.txt'), 'q'); w(os.path.join(b, 'sub', 'deep', 'd.txt'), 'q')

print(filecmp.cmp(os.path.join(a, 'same.txt'), os.path.join(b, 'same.txt')))
print(filecmp.cmp(os.path.join(a, 'same.txt'), os.path.join(b, 'same.txt'), shallow=False))
print(filecmp.cmp(os.path.join(a, 'diff.txt'), os.path.join(b, 'diff.txt'), shallow=False))
print(filecmp.cmp(a, b))
print(filecmp.cmpfiles(a, b, ['same.txt', 'diff.txt', 'missing.txt', 'funny']))
try:
    filecmp.cmp(os.path.join(a, 'nope'), os.path.join(b, 'same.txt'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)

d = filecmp.dircmp(a, b)
def rel(x):
    return x.replace(root, 'ROOT') if isinstance(x, str) else x
import io, contextlib
for meth in ('report', 'report_partial_closure', 'report_full_closure'):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        getattr(filecmp.dircmp(a, b), meth)()
    print(meth); print(rel(buf.getvalue()))
print(d.left_list, d.right_list)
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
print(d.same_files, d.diff_files, d.funny_files)
print(sorted(d.subdirs), type(d.subdirs['sub']).__name__)
print(filecmp.dircmp(a, b, ignore=['sub']).common)
print(filecmp.dircmp(a, b, hide=[]).left_list[:2])
try:
    d.bogus
except AttributeError as e:
    print('AttributeError', e)
print(filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE)
print(filecmp.dircmp[int])
filecmp.clear_cache()
shutil.rmtree(root)
