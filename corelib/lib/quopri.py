"""Quoted-printable transfer encoding (RFC 1521), with the header variant
of RFC 1522 (spaces as underscores).

encodestring/decodestring work on bytes; encode/decode read a binary file
and write another.  The rules are binascii's b2a_qp/a2b_qp: lines are kept
under 76 characters with soft breaks, whitespace ending a line is quoted,
and the line ending found first in the data (LF or CRLF) is used for every
line written.
"""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''

_HEXDIGITS = frozenset(b'0123456789abcdefABCDEF')


def needsquoting(c, quotetabs, header):
    """Whether the one-byte bytes c must be quoted."""
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """Quote one byte as =XX."""
    assert isinstance(c, bytes) and len(c) == 1
    n = ord(c)
    return ESCAPE + bytes((HEX[n >> 4], HEX[n & 15]))


def ishex(c):
    """Whether the one-byte bytes c is a hexadecimal digit."""
    assert isinstance(c, bytes)
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def unhex(s):
    """The value of the hexadecimal digits in bytes s."""
    value = 0
    for c in s:
        c = bytes((c,))
        if b'0' <= c <= b'9':
            digit = ord('0')
        elif b'a' <= c <= b'f':
            digit = ord('a') - 10
        elif b'A' <= c <= b'F':
            digit = ord(b'A') - 10
        else:
            assert False, "non-hex digit " + repr(c)
        value = value * 16 + (ord(c) - digit)
    return value


def _bytes(data):
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _encode(data, quotetabs=False, istext=True, header=False):
    data = _bytes(data)
    n = len(data)
    nl = data.find(b'\n')
    newline = b'\r\n' if nl > 0 and data[nl - 1] == 13 else b'\n'
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        nxt = data[i + 1] if i + 1 < n else None
        if (c > 126 or c == 61 or (header and c == 95)
                or (c == 46 and linelen == 0 and nxt in (None, 10, 13, 0))
                or (not istext and c in (10, 13))
                or (c in (9, 32) and nxt is None)
                or (c < 33 and c not in (10, 13)
                    and (quotetabs or c not in (9, 32)))):
            if linelen + 3 >= MAXLINESIZE:
                out += b'=' + newline
                linelen = 0
            out += b'=' + bytes((HEX[c >> 4], HEX[c & 15]))
            linelen += 3
            i += 1
        elif istext and (c == 10 or (c == 13 and nxt == 10)):
            linelen = 0
            if out and out[-1] in (9, 32):
                last = out[-1]
                out[-1:] = b'=' + bytes((HEX[last >> 4], HEX[last & 15]))
            out += newline
            i += 2 if c == 13 else 1
        else:
            if nxt is not None and nxt != 10 and linelen + 1 >= MAXLINESIZE:
                out += b'=' + newline
                linelen = 0
            linelen += 1
            out.append(95 if header and c == 32 else c)
            i += 1
    return bytes(out)


def _decode(data, header=False):
    if isinstance(data, str):
        try:
            data = data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII "
                             "characters") from None
    else:
        data = _bytes(data)
    n = len(data)
    out = bytearray()
    i = 0
    while i < n:
        c = data[i]
        if c == 61:
            i += 1
            if i >= n:
                break
            c = data[i]
            if c in (10, 13):
                # soft line break: skip to just past the end of the line
                if c != 10:
                    while i < n and data[i] != 10:
                        i += 1
                if i < n:
                    i += 1
            elif c == 61:
                out.append(61)
                i += 1
            elif i + 1 < n and c in _HEXDIGITS and data[i + 1] in _HEXDIGITS:
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def encode(input, output, quotetabs, header=False):
    """Read the binary file input, write its quoted-printable encoding to
    the binary file output."""
    output.write(_encode(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    """Return the quoted-printable encoding of bytes s."""
    return _encode(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Read the binary file input, write its quoted-printable decoding to
    the binary file output."""
    output.write(_decode(input.read(), header=header))


def decodestring(s, header=False):
    """Return the decoding of quoted-printable bytes s."""
    return _decode(s, header=header)


def main():
    import sys
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print("usage: quopri [-t | -d] [file] ...")
        print("-t: quote tabs")
        print("-d: decode; default encode")
        sys.exit(2)
    deco = quotetabs = False
    for o, _ in opts:
        if o == '-t':
            quotetabs = True
        if o == '-d':
            deco = True
    if quotetabs and deco:
        sys.stdout = sys.stderr
        print("-t and -d are mutually exclusive")
        sys.exit(2)
    if not args:
        args = ['-']
    status = 0
    for name in args:
        if name == '-':
            fp = sys.stdin.buffer
        else:
            try:
                fp = open(name, "rb")
            except OSError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (name, msg))
                status = 1
                continue
        try:
            if deco:
                decode(fp, sys.stdout.buffer)
            else:
                encode(fp, sys.stdout.buffer, quotetabs)
        finally:
            if name != '-':
                fp.close()
    if status:
        sys.exit(status)


if __name__ == '__main__':
    main()
