# str.format field names, conversions and nested specs, as CPython 3.11 reads them.

def attempt(template, *args, **kwargs):
    try:
        return template.format(*args, **kwargs)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


# Field names made only of decimal digits of any script are positional indexes.
print(attempt('{\u0661}|{\u0660}', 'zero', 'one'))
print(attempt('{\U0001d7d9}', 'a', 'b'))
print(attempt('{0[\uff12]}', ['p', 'q', 'r']))
print(attempt('{0[\u0967]}', {'1': 'key'}))  # an index, not the string key
print(attempt('{0[x1]} {0[12]}', {'x1': 'str key', 12: 'int key'}))
print(attempt('{99999999999999999999999}', 1))
print(attempt('{0[99999999999999999999999]}', [1]))

# A NUL conversion character means no conversion; others are named like CPython does.
nul = chr(0)
print(attempt('{0!' + nul + '}', 'plain'))
print(attempt('{0!' + nul + ':>5}', 'x'))
for bad in ['x', ' ', '\t', '\u00e9', '\u2603', '~']:
    print(repr(attempt('{0!' + bad + '}', 1)))

# Format-spec widths and precisions take decimal digits of any script.
print(attempt('[{:\uff15}]', 7))
print(attempt('[{:.\uff12f}]', 2.71828))
print(attempt('[{:\u0663\u0660}]', 'w'))
print(format(3.14159, '\u0968.\u0969'))

# The conversion runs before nested fields of the spec are expanded.
class Loud:
    def __repr__(self):
        raise RuntimeError('no repr')


print(attempt('{0!r:{nope}}', Loud()))
print(attempt('{0!s:{1}}', Loud(), 'x'))

# A spec nested two levels deep fails, even when it holds only escaped braces.
print(attempt('{0:{1:{{}}}}', 'a', 'b'))
print(attempt('{0:{1:{2}}}', 'a', 'b', 'c'))
print(attempt('{0:{1}}', 'a', '>4'))
print(attempt('{0:{{}}}', 'a'))

# Fill '0' with '=' alignment groups the padding, like the '0' flag does.
for spec in ['0=10,', '0=12_', '0=+11,', '*=10,', '0>10,', '0<10,', '010,', '=010,', '<010,']:
    print(spec, repr(format(1234, spec)), repr(format(-987.5, spec)))
