# Argument-error wording of builtins and bytes/codec helpers.
import binascii
import math


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)


# Fixed arity of two or more: "<name> expected N arguments, got M".
show('hasattr()', lambda: hasattr())
show('hasattr(1, 2, 3)', lambda: hasattr(1, 'a', 3))
show('setattr(x)', lambda: setattr(object()))
show('list.insert', lambda: [].insert(0))
show('math.copysign', lambda: math.copysign(1.0))
show('len()', lambda: len())

# A bad argument of None is named "None", not "NoneType".
show('format(1, None)', lambda: format(1, None))
show('format(1, 2)', lambda: format(1, 2))
show('decode(None)', lambda: b'x'.decode(None))
show('decode(errors=None)', lambda: b'x'.decode('utf-8', None))
show('decode(3)', lambda: b'x'.decode(3))
show('encode(None)', lambda: 'x'.encode(None))

# An argument given both by position and by name.
show('bytes(2, source=2)', lambda: bytes(2, source=2))
show('bytearray(enc twice)', lambda: bytearray('a', 'ascii', encoding='ascii'))
show('bytes(errors twice)', lambda: bytes('a', 'ascii', 'strict', errors='strict'))
show('bytes(source=kw)', lambda: bytes(source=b'ok'))

# surrogatepass re-raises like strict unless the bad bytes are an encoded surrogate.
show('ascii surrogatepass', lambda: b'a\xfeb'.decode('ascii', 'surrogatepass'))
show('utf-8 surrogatepass', lambda: b'a\xc3'.decode('utf-8', 'surrogatepass'))
show('utf-8 surrogatepass ok', lambda: b'abc'.decode('utf-8', 'surrogatepass'))

# binascii.hexlify: keyword data, one-byte separators, sized separators only.
show('hexlify(data=)', lambda: binascii.hexlify(data=b'\x01\x02'))
show('hexlify()', lambda: binascii.hexlify())
show('hexlify sep latin-1 str', lambda: binascii.hexlify(b'\x01\x02', '\xe9'))
show('hexlify sep high byte', lambda: binascii.hexlify(b'\x01\x02', b'\x80'))
show('hexlify sep euro', lambda: binascii.hexlify(b'\x01\x02', '\u20ac'))
show('hexlify sep two', lambda: binascii.hexlify(b'\x01\x02', '::'))
show('hexlify sep int', lambda: binascii.hexlify(b'\x01\x02', 7))
show('bytes.hex high sep', lambda: b'\x01\x02'.hex('\xe9'))
