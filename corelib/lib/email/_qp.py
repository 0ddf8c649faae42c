"""Quoted-printable (RFC 2045) for message bodies."""

_SAFE = frozenset(range(33, 127)) - {ord('=')}
_HEX = b'0123456789ABCDEF'


def encode(data, maxlinelen=76):
    """bytes -> quoted-printable bytes, soft line breaks keeping lines under maxlinelen."""
    out = []
    for line in data.split(b'\n'):
        enc = bytearray()
        for i, b in enumerate(line):
            if b in _SAFE or (b in (9, 32) and i != len(line) - 1):
                enc.append(b)
            else:
                enc += b'=' + _HEX[b >> 4:(b >> 4) + 1] + _HEX[b & 15:(b & 15) + 1]
        pieces = []
        while len(enc) > maxlinelen - 1:
            cut = maxlinelen - 1
            while cut > 0 and enc[cut - 1:cut] != b'=' and b'=' in enc[cut - 2:cut]:
                cut -= 1
            pieces.append(bytes(enc[:cut]) + b'=')
            enc = enc[cut:]
        pieces.append(bytes(enc))
        out.append(b'\n'.join(pieces))
    return b'\n'.join(out)


def decode(data):
    """quoted-printable bytes -> bytes (soft line breaks removed)."""
    out = bytearray()
    lines = data.split(b'\n')
    for n, line in enumerate(lines):
        line = line.rstrip(b'\r').rstrip(b' \t')
        i = 0
        soft = False
        while i < len(line):
            c = line[i]
            if c == 61:  # '='
                if i + 1 == len(line):
                    soft = True
                    break
                pair = line[i + 1:i + 3]
                try:
                    out.append(int(pair, 16))
                    i += 3
                    continue
                except ValueError:
                    out.append(c)
                    i += 1
                    continue
            out.append(c)
            i += 1
        if not soft and n != len(lines) - 1:
            out += b'\n'
    return bytes(out)
