import quopri, io, random

samples = [
    b'', b'hello world', b'caf\xc3\xa9 = 100%\n', b'trailing space \nand tab\t\nend ',
    b'a' * 200 + b'\n' + b'=' * 40, b'.\nline\r\n.\r\nx', b'under_score and space',
    b'crlf line \r\nsecond\t\r\nthird\n', b'\x00\x01\x7f\xff', b'tab\tin\tmiddle',
    b'x' * 75 + b'\n' + b'y' * 76 + b'\n' + b'z' * 77, b'\r alone\r', b'=\n',
]
for s in samples:
    for qt in (False, True):
        for hd in (False, True):
            e = quopri.encodestring(s, quotetabs=qt, header=hd)
            print(e)
            print(quopri.decodestring(e, header=hd) == s or quopri.decodestring(e, header=hd))
for d in (b'=41=42=4', b'soft=\nbreak', b'soft=\r\nbreak', b'bad=ZZhex', b'a==b', b'x_y', b'=\r', b'abc=', b'lower=3d'):
    print(quopri.decodestring(d), quopri.decodestring(d, header=True))
print(quopri.decodestring('ascii=3Dstr'))
rng = random.Random(5)
for _ in range(200):
    s = bytes(rng.choice(b'ab =_.\t\r\n\xff') for _ in range(rng.randrange(120)))
    e = quopri.encodestring(s, rng.random() < .5, rng.random() < .5)
    print(e.hex(), end=' ')
print()
out = io.BytesIO()
quopri.encode(io.BytesIO(b'f\xf6\xf6 bar \n'), out, quotetabs=False)
print(out.getvalue())
out2 = io.BytesIO()
quopri.decode(io.BytesIO(out.getvalue()), out2)
print(out2.getvalue())
print(quopri.needsquoting(b'=', False, False), quopri.needsquoting(b' ', True, False), quopri.needsquoting(b'_', False, True), quopri.needsquoting(b'a', False, False))
print(quopri.quote(b'\xab'), quopri.ishex(b'f'), quopri.ishex(b'g'), quopri.unhex(b'fF'), quopri.unhex(b'10'))
for bad in ('str', 5):
    try:
        quopri.encodestring(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    quopri.decodestring('caf\xe9')
except ValueError as e:
    print('ValueError', e)
print(quopri.ESCAPE, quopri.MAXLINESIZE, quopri.HEX, quopri.__all__)
