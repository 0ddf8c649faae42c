# Float formatting with precisions beyond what an f64 can hold exactly (no crash, exact digits).

def attempt(fn):
    try:
        return fn()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


print(format(0.0001, '.2147482623g'))
print(format(1e-300, '.2147483000g')[:40], len(format(1e-300, '.2147483000g')))
print(format(2.5, '.5000000'), format(1e22, '.900000000g'))
print(attempt(lambda: format(0.0001, '.2147483648g')))
print(attempt(lambda: format(float('inf'), '.2147483648f')))
print(attempt(lambda: '{0:.{1}e}'.format(1, 2**31)))
print(attempt(lambda: format(1.5, '.99999999999999999999f')))

s = format(1 / 3, '.70000f')
print(len(s), s[:25], s[1070:1080], set(s[1100:]))
s = format(2 / 3, '.90000e')
print(len(s), s[:20], s[-8:], set(s[800:-4]))
s = format(0.1, '#.80000g')
print(len(s), s[:30], set(s[1000:]))
print(format(5e-324, '.3000f')[1070:1090])
print(format(0.1, '.70000%')[:12], format(0.1, '.70000%')[-3:])

# The '#' form always keeps the decimal point.
for v, spec in [(5.0, '#.0g'), (1e20, '#.0g'), (123.0, '#.2g'), (0.0, '#.0g'), (5.0, '#.0'),
                (1e20, '#.0'), (7.0, '#g'), (2.0, '#.0f'), (3e-7, '#.1g')]:
    print(spec, format(v, spec))
print('%#.0g|%#.0e|%#.0f|%#.3g' % (5.0, 12345.678, 2.0, 1.0))
