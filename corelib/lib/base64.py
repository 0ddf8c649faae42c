"""Base16, Base32, Base64 (RFC 4648), Base85 and Ascii85 encodings of bytes. Base64 and
hex conversions run in the native `binascii`; the others are written here."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode',
           'b16decode', 'b85encode', 'b85decode', 'a85encode', 'a85decode',
           'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode',
           'urlsafe_b64decode']

_Error = binascii.Error


def _decode_input(s):
    """Bytes from a decoder's argument: a bytes-like object or an ASCII str."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, '
                        f'not {s.__class__.__name__!r}') from None


def _swap(data, frm, to):
    table = {frm[0]: to[0], frm[1]: to[1], to[0]: frm[0], to[1]: frm[1]}
    return bytes(table.get(c, c) for c in data)


def _map(data, frm, to):
    table = dict(zip(frm, to))
    return bytes(table.get(c, c) for c in data)


# ----- Base64 -----

def b64encode(s, altchars=None):
    out = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        # maketrans wants bytes-like altchars (a str is a TypeError, as in CPython).
        out = out.translate(bytes.maketrans(b'+/', altchars))
    return out


def b64decode(s, altchars=None, validate=False):
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _map(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return b64decode(_map(_decode_input(s), b'-_', b'+/'))


MAXLINESIZE = 76  # excluding the CRLF
MAXBINSIZE = (MAXLINESIZE // 4) * 3
_MAXLINESIZE = MAXLINESIZE
_MAXBINSIZE = MAXBINSIZE


def _input_type_check(s):
    try:
        return memoryview(s).tobytes()
    except TypeError as err:
        raise TypeError(f"expected bytes-like object, not {s.__class__.__name__}") from err


def encodebytes(s):
    data = _input_type_check(s)
    lines = []
    for i in range(0, len(data), _MAXBINSIZE):
        lines.append(binascii.b2a_base64(data[i:i + _MAXBINSIZE]))
    return b''.join(lines)


def decodebytes(s):
    return binascii.a2b_base64(_input_type_check(s))


def encode(input, output):
    while True:
        chunk = input.read(_MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < _MAXBINSIZE:
            more = input.read(_MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


# ----- Base32 -----

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# '=' count by the number of bytes in the last 5-byte group.
_B32_PADS = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    data = memoryview(s).tobytes() if not isinstance(s, (bytes, bytearray)) else bytes(s)
    rest = len(data) % 5
    padded = data + bytes((5 - rest) % 5)
    out = bytearray()
    for i in range(0, len(padded), 5):
        n = int.from_bytes(padded[i:i + 5], 'big')
        for shift in range(35, -5, -5):
            out.append(alphabet[(n >> shift) & 31])
    pads = _B32_PADS[rest]
    if pads:
        out[-pads:] = b'=' * pads
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decode_input(s)
    if len(s) % 8:
        raise _Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)
        s = _map(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    pads = total - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(s), 8):
        n = 0
        group = s[i:i + 8]
        for c in group:
            v = values.get(c)
            if v is None:
                raise _Error('Non-base32 digit found')
            n = (n << 5) | v
        n <<= 5 * (8 - len(group))
        out += n.to_bytes(5, 'big')
    if pads not in (0, 1, 3, 4, 6):
        raise _Error('Incorrect padding')
    if pads and out:
        keep = (43 - 5 * pads) // 8
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


# ----- Base16 -----

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise _Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ----- Base85 and Ascii85 -----

_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')


def _words85(data, alphabet, fold_zero, fold_spaces, pad):
    """Each big-endian 4-byte word of `data` (zero-padded) as 5 digits."""
    rest = (-len(data)) % 4
    padded = data + bytes(rest)
    groups = []
    for i in range(0, len(padded), 4):
        n = int.from_bytes(padded[i:i + 4], 'big')
        if fold_zero and n == 0:
            groups.append(b'z')
        elif fold_spaces and n == 0x20202020:
            groups.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                n, d = divmod(n, 85)
                digits[k] = alphabet[d]
            groups.append(bytes(digits))
    if rest and not pad:
        last = groups[-1]
        if last == b'z':
            last = bytes([alphabet[0]]) * 5
        groups[-1] = last[:-rest]
    return b''.join(groups)


def b85encode(b, pad=False):
    data = memoryview(b).tobytes() if not isinstance(b, (bytes, bytearray)) else bytes(b)
    return _words85(data, _B85, False, False, pad)


def b85decode(b):
    b = _decode_input(b)
    values = {c: i for i, c in enumerate(_B85)}
    rest = (-len(b)) % 5
    b = b + b'~' * rest
    out = bytearray()
    for i in range(0, len(b), 5):
        n = 0
        for j, c in enumerate(b[i:i + 5]):
            v = values.get(c)
            if v is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            n = n * 85 + v
        if n > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += n.to_bytes(4, 'big')
    if rest:
        del out[-rest:]
    return bytes(out)


_A85 = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    data = memoryview(b).tobytes() if not isinstance(b, (bytes, bytearray)) else bytes(b)
    text = _words85(data, _A85, True, foldspaces, pad)
    if adobe:
        text = b'<~' + text
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += b'~>'
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    b = _decode_input(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with b'~>'")
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = bytearray()
    group = []
    for c in b:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                n = 0
                for v in group:
                    n = n * 85 + v
                if n > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out += n.to_bytes(4, 'big')
                group = []
        elif c == 122:  # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += bytes(4)
        elif foldspaces and c == 121:  # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        rest = 5 - len(group)
        group += [84] * rest
        n = 0
        for v in group:
            n = n * 85 + v
        if n > 0xffffffff:
            raise ValueError('Ascii85 overflow')
        out += n.to_bytes(4, 'big')[:4 - rest]
    return bytes(out)


def main():
    """`python -m base64 [-d|-e|-u|-t] [file|-]`: encodes (or decodes) a file or stdin."""
    import sys
    import getopt
    usage = """usage: %s [-d|-e|-u|-t] [file|-]
        -d, -u: decode
        -e: encode (default)
        -t: encode and decode string 'Aladdin:open sesame'""" % sys.argv[0]
    try:
        opts, args = getopt.getopt(sys.argv[1:], "deut")
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print(usage)
        sys.exit(2)
    func = encode
    for o, a in opts:
        if o == "-e":
            func = encode
        if o in ("-d", "-u"):
            func = decode
        if o == "-t":
            _selftest()
            return
    if args and args[0] != "-":
        with open(args[0], "rb") as f:
            func(f, sys.stdout.buffer)
    else:
        func(sys.stdin.buffer, sys.stdout.buffer)


def _selftest():
    original = b"Aladdin:open sesame"
    print(repr(original))
    encoded = encodebytes(original)
    print(repr(encoded))
    decoded = decodebytes(encoded)
    print(repr(decoded))
    assert original == decoded


if __name__ == "__main__":
    main()
