import warnings, io, sys
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import cgi
    print([str(x.message) for x in w], [x.category.__name__ for x in w])

print(cgi.parse_header('text/html; charset="utf-8"; q=0.5'))
print(cgi.parse_header('form-data; name="files"; filename="a;b \\"c\\".txt"'))
print(cgi.parse_header('plain'))
env = {'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'a=1&b=2&a=3&empty='}
print(cgi.parse(environ=env), cgi.parse(environ=dict(env), keep_blank_values=1))
body = b'x=10&y=hello+world'
env = {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'application/x-www-form-urlencoded',
       'CONTENT_LENGTH': str(len(body)), 'QUERY_STRING': 'q=1'}
print(cgi.parse(io.BytesIO(body), environ=env))
fs = cgi.FieldStorage(fp=io.BytesIO(body), environ=env)
print(sorted(fs.keys()), fs.getvalue('x'), fs.getfirst('y'), fs.getlist('q'), fs.getvalue('nope', 'dflt'),
      'x' in fs, len(fs), bool(fs))
print(fs['x'], repr(fs['y']))
mp = (b'--XyZ\r\n'
      b'Content-Disposition: form-data; name="field1"\r\n\r\n'
      b'value one\r\n'
      b'--XyZ\r\n'
      b'Content-Disposition: form-data; name="field1"\r\n\r\n'
      b'value two\r\n'
      b'--XyZ\r\n'
      b'Content-Disposition: form-data; name="upload"; filename="f.txt"\r\n'
      b'Content-Type: text/plain\r\n\r\n'
      b'file line 1\r\nfile line 2\r\n'
      b'--XyZ--\r\n')
env = {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'multipart/form-data; boundary=XyZ',
       'CONTENT_LENGTH': str(len(mp))}
fs = cgi.FieldStorage(fp=io.BytesIO(mp), environ=env)
print(sorted(fs.keys()), fs.getlist('field1'), fs.getvalue('field1'))
up = fs['upload']
print(up.name, up.filename, up.type, up.value, up.file.read(), up.disposition, up.disposition_options)
print(repr(up))
print(sorted(cgi.parse_multipart(io.BytesIO(mp), {'boundary': b'XyZ', 'CONTENT-LENGTH': str(len(mp))}).items()))
try:  # CPython 3.11 writes the bytes to a text file here
    cgi.FieldStorage(fp=io.BytesIO(b'raw text body'), environ={'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'text/plain', 'CONTENT_LENGTH': '13'})
except TypeError as e:
    print('TypeError', e)
fs2 = cgi.FieldStorage(fp=io.BytesIO(b'raw text\nbody\n'), environ={'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'text/plain'})
print(repr(fs2.value), fs2.type, fs2.list, fs2.done)
try:
    fs2['x']
except TypeError as e:
    print('TypeError', e)
try:
    bool(fs2)
except TypeError as e:
    print('TypeError', e)
m = cgi.MiniFieldStorage('k', 'v')
print(m, m.filename, m.list, m.headers)
for bad in [dict(fp=io.BytesIO(b''), headers=5, environ={'REQUEST_METHOD': 'POST'}),
            dict(fp=5, environ={'REQUEST_METHOD': 'POST'}),
            dict(fp=io.BytesIO(b''), outerboundary='x', environ={'REQUEST_METHOD': 'POST'})]:
    try:
        cgi.FieldStorage(**bad)
    except TypeError as e:
        print('TypeError', e)
try:
    cgi.FieldStorage(fp=io.BytesIO(b''), environ={'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'multipart/form-data; boundary=" "'})
except ValueError as e:
    print('ValueError', e)
print(bool(cgi.valid_boundary('abc')), cgi.valid_boundary(''), bool(cgi.valid_boundary(b'a b')))
out = io.StringIO()
sys.stdout = out
cgi.print_form(fs)
cgi.print_environ({'B': '<2>', 'A': '1'})
cgi.print_environ_usage()
cgi.print_arguments()
sys.stdout = sys.__stdout__
print(out.getvalue())
