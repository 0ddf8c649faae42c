# base64: public constants, altchars typing and the bytes-only line codecs.
import base64


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)


print(base64.MAXLINESIZE, base64.MAXBINSIZE)
show('altchars bytes', lambda: base64.b64encode(b'\xff\xfe\xfd', b'_-'))
show('altchars bytearray', lambda: base64.b64encode(b'\xff\xfe\xfd', bytearray(b'@!')))
show('altchars str', lambda: base64.b64encode(b'\xff', altchars='_-'))
show('altchars short', lambda: base64.b64encode(b'\xff', altchars=b'_'))
show('encodebytes memoryview', lambda: base64.encodebytes(memoryview(b'hey')))
show('encodebytes str', lambda: base64.encodebytes('hey'))
show('encodebytes int', lambda: base64.encodebytes(3))
show('decodebytes str', lambda: base64.decodebytes('aGV5'))
show('decodebytes bytearray', lambda: base64.decodebytes(bytearray(b'aGV5\n')))
show('long line split', lambda: base64.encodebytes(bytes(range(60))).count(b'\n'))
