# printf-style % formatting corner cases for str and bytes templates.
class Idx:
    def __index__(self):
        return 67


def show(template, args):
    try:
        print(repr(template), '->', repr(template % args))
    except Exception as exc:
        print(repr(template), '!!', type(exc).__name__, exc)


# '%%' is only a literal right after '%'; otherwise '%' is a (bad) conversion character.
for t in ('%5%', b'%5%', '%-%', b'%*%'):
    show(t, ())
    show(t, (3, 4))
show('%%|%d', 7)

# Only one length modifier is skipped.
for t in ('%ld', '%hd', b'%Lf', '%hhd', b'%lld', '%ll'):
    show(t, 5)

# Unsupported characters: printable ASCII shown, other str chars as '?', high bytes overflow.
for t in ('%y', '%\x01', '%\u00e9', b'%y', b'%\x02', b'%\xf0', b'x%\x80'):
    show(t, 1)

# The value is fetched before the conversion character is checked.
show('%q', ())
show('%(k)q', {})
show('%(k)q', {'k': 1})

# Width and precision limits.
show('%123456789012345678901d', 1)
show('%.4000000000d', 1)
show(b'%.4000000000d', 1)
show('%.2147483646x', 1)
show(b'%.*d', (2147483647, 1))
show('%.*s', (2**31, 'x'))

# Which operands are the mapping.
show('plain', b'ab')
show('plain', bytearray(b'ab'))
show('plain', range(3))
show('plain', 'ab')
show(b'plain', 'ab')
show(b'plain', b'ab')
show(b'plain', bytearray(b'ab'))
show(b'plain', memoryview(b'ab'))
show(b'plain', range(3))
show(b'plain', [1])

# %c in bytes takes __index__; floats and strs are refused.
show(b'%c', Idx())
show(b'%c', 2.0)
show(b'%c', 'x')
show(b'%c', 300)

# bytes %f reports any failed conversion as a TypeError.
show(b'%f', 'x')
show(b'%e', 10**400)
show(b'%g', None)
show('%f', 10**400)
show('%f', 'x')
