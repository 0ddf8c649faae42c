import tabnanny, tempfile, os, io, contextlib, tokenize, shutil

root = tempfile.mkdtemp()
files = {
    'clean.py': 'def f():\n    if x:\n        return 1\n    return 2\n',
    'tabs.py': 'def f():\n\tif x:\n\t\treturn 1\n\treturn 2\n',
    'mixed.py': 'if True:\n        a = 1\n\tb = 2\n',
    'notgreater.py': 'if 1:\n\tif 2:\n        \tpass\n',
    'sub dir/spaced name.py': 'if 1:\n  \tx = 1\n\ty = 2\n',
    'bad_indent.py': 'if 1:\n    x = 1\n  y = 2\n',
    'tokerr.py': 'x = (1,\n',
    'notes.txt': '\tjunk\n',
}
for name, text in files.items():
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)

def run(target, verbose=0, quiet=0):
    tabnanny.verbose, tabnanny.filename_only = verbose, quiet
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        tabnanny.check(target)
    print(out.getvalue().replace(root, 'ROOT'), end='')
    print('stderr:', err.getvalue().replace(root, 'ROOT'), end='')

for name in sorted(files):
    if name.endswith('.py'):
        print('--', name)
        run(os.path.join(root, name))
        run(os.path.join(root, name), verbose=2)
        run(os.path.join(root, name), quiet=1)
run(os.path.join(root, 'missing.py'))

for ws in ['', '    ', '\t', '  \t', '\t  ', ' \t \t   ', '        \t']:
    w = tabnanny.Whitespace(ws + 'x')
    print(repr(ws), w.n, w.nt, w.norm, w.is_simple, w.longest_run_of_spaces(),
          [w.indent_level(t) for t in range(1, 9)])
a, b = tabnanny.Whitespace('  \t'), tabnanny.Whitespace('\t  ')
print(a.equal(b), a.less(b), b.less(a), a.not_equal_witness(b), a.not_less_witness(b))
print(tabnanny.format_witnesses([(1, 2, 3)]), tabnanny.format_witnesses([(1, 2, 3), (4, 5, 6)]))
try:
    tabnanny.process_tokens(tokenize.generate_tokens(io.StringIO('if 1:\n\tx\n        y\n').readline))
except tabnanny.NannyNag as n:
    print(n.get_lineno(), n.get_msg(), repr(n.get_line()))
shutil.rmtree(root)
