# base64: b64 (alt chars, validate, url-safe), b32, b32hex, b16, b85, a85, encodebytes.
import base64
import binascii

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(0, 256, 7)), b'\xfb\xff\xfe']
for s in samples:
    print(base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s))
    print(' ', base64.b85encode(s), base64.b85encode(s, pad=True), base64.a85encode(s))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'), base64.b64decode('+/8='))
print(base64.standard_b64encode(b'hi'), base64.standard_b64decode('aGk='), base64.urlsafe_b64decode('-_8='))
print(base64.b64decode(b'aGk=\n'), base64.b64decode(b'aGk=', validate=True))
print(base64.b32decode('mfrgg===', casefold=True), base64.b32decode('MFRGGZDF'), base64.b32decode('0I======', map01=b'I'))
print(base64.b16decode('4a4B', casefold=True), base64.b16decode(b'FF00'))
print(base64.a85encode(bytes(8)), base64.a85encode(b'    ', foldspaces=True), base64.a85encode(b'hello world', adobe=True))
print(base64.a85encode(b'hello world, this is a test', wrapcol=10))
print(base64.a85decode(b'<~BOu!rD]j7BEbo80~>', adobe=True), base64.a85decode(b'z'), base64.a85decode(b'y', foldspaces=True), base64.a85decode(b'87cU RD]i,\n"Ebo80'))
print(base64.encodebytes(b'x' * 100), base64.decodebytes(base64.encodebytes(b'x' * 100)) == b'x' * 100)
print(base64.b64encode(bytearray(b'abc')), base64.b64decode(bytearray(b'YWJj')))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: base64.b64decode('YWJj!', validate=True))
show(lambda: base64.b64decode('YWJ'))
show(lambda: base64.b64decode(5))
show(lambda: base64.b64decode('é'))
show(lambda: base64.b64encode('x'))
show(lambda: base64.b32decode('ABC'))
show(lambda: base64.b32decode('mfrgg==='))
show(lambda: base64.b32decode('MFRGG=A='))
show(lambda: base64.b32decode('MFRGG1==', map01=b'L'))
show(lambda: base64.b32decode('MFRGGZD='))
show(lambda: base64.b16decode('4a'))
show(lambda: base64.b16decode('4G'))
show(lambda: base64.b16decode('414'))
show(lambda: base64.b85decode(b'~~~~~'))
show(lambda: base64.b85decode(b'ab"cd'))
show(lambda: base64.a85decode(b'z!!!'))
show(lambda: base64.a85decode(b'!!z'))
show(lambda: base64.a85decode(b'<~abc'))
show(lambda: base64.a85decode(b'<~abc', adobe=True))
show(lambda: base64.a85decode(b'y'))
show(lambda: base64.a85decode(b'uuuuu'))
show(lambda: base64.decodebytes('x'))
