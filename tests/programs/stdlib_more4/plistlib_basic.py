import plistlib, datetime, io

value = {
    'name': 'Kestrel & <co>', 'count': 42, 'neg': -7, 'big': 2**63 + 5,
    'pi': 3.25, 'ok': True, 'no': False, 'when': datetime.datetime(2004, 10, 26, 10, 33, 33),
    'blob': b'\x00\x01binary' * 20, 'items': [1, 'two', 3.0, [], {}],
    'nested': {'z': 1, 'a': [{'k': 'v'}]}, 'uni': 'caf\u00e9 \u2603', 'crlf': 'a\r\nb\rc',
    'tuple': (1, 2),
}
xml = plistlib.dumps(value)
print(xml.decode())
back = plistlib.loads(xml)
print(sorted(back.items()) == sorted({**value, 'crlf': 'a\nb\nc', 'tuple': [1, 2]}.items()))
print(plistlib.dumps({'b': 1, 'a': 2}, sort_keys=False).decode())
binary = plistlib.dumps(value, fmt=plistlib.FMT_BINARY)
print(binary.hex())
print(plistlib.loads(binary) == {**value, 'tuple': [1, 2]})
print(plistlib.loads(binary, fmt=plistlib.FMT_BINARY)['when'])
shared = [1, 1, 'x', 'x', 1.0, True, [None], plistlib.UID(3), plistlib.UID(300), plistlib.UID(2**40)]
b2 = plistlib.dumps(shared, fmt=plistlib.FMT_BINARY)
print(b2.hex()); print(plistlib.loads(b2))
long = {'k%03d' % i: 'v' * i for i in range(40)}
b3 = plistlib.dumps(long, fmt=plistlib.FMT_BINARY)
print(len(b3), plistlib.loads(b3) == long)
print(plistlib.loads(plistlib.dumps(long)) == long)
buf = io.BytesIO()
plistlib.dump([1, 2], buf, fmt=plistlib.FMT_BINARY)
buf.seek(0)
print(plistlib.load(buf))
print(plistlib.FMT_XML, plistlib.FMT_BINARY, repr(plistlib.FMT_XML))
u = plistlib.UID(5)
print(u, u == plistlib.UID(5), u == 5, hash(u) == hash(5), int.__index__(5), u.__reduce__()[1])
print(plistlib.loads(b'<plist version="1.0"><dict><key>h</key><integer>0x1F</integer><key>d</key><date>2020-02-03T04:05Z</date><key>r</key><real>1e3</real></dict></plist>'))
print(plistlib.loads(b'<?xml version="1.0"?><plist><array><string>a</string><data>aGVsbG8=</data></array></plist>', dict_type=dict))
from collections import OrderedDict
print(plistlib.loads(b'<plist><dict><key>b</key><true/><key>a</key><false/></dict></plist>', dict_type=OrderedDict))

def err(f, *a, **k):  # noqa
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, str(e))
err(plistlib.loads, b'<plist><date>2020-02Z</date></plist>')
err(plistlib.UID, 'x'); err(plistlib.UID, -1); err(plistlib.UID, 2**64)
err(plistlib.dumps, {1: 2})
err(plistlib.dumps, {1: 2, 'a': 1}, skipkeys=True)
print(plistlib.dumps({1: 2, 'a': 1}, skipkeys=True, sort_keys=False).decode().count('<key>'))
err(plistlib.dumps, {'a': 2**64})
err(plistlib.dumps, {'a': -2**63 - 1}, fmt=plistlib.FMT_BINARY)
err(plistlib.dumps, None)
err(plistlib.dumps, {'a': 'bad\x01'})
err(plistlib.dumps, {'a': 1j}, fmt=plistlib.FMT_BINARY)
err(plistlib.dumps, {2: 1}, fmt=plistlib.FMT_BINARY)
err(plistlib.dumps, 1, fmt='json')
err(plistlib.loads, b'not a plist')
err(plistlib.loads, b'bplist00' + b'\x00' * 10)
err(plistlib.loads, binary[:-5] + b'\xff' * 5)
err(plistlib.loads, b'<plist><dict><key>a</key></dict></plist>')
err(plistlib.loads, b'<plist><dict><string>x</string></dict></plist>')
err(plistlib.loads, b'<plist><array><key>x</key></array></plist>')
err(plistlib.loads, b'<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY e "x">]><plist><string>&e;</string></plist>')
print(plistlib.InvalidFileException().args, issubclass(plistlib.InvalidFileException, ValueError))
print(plistlib.dumps(b'x' * 200, fmt=plistlib.FMT_XML).decode())
print(plistlib.dumps([[[b'y' * 100]]]).decode())
