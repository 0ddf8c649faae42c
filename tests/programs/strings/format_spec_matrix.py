for spec in ['', '10', '<10', '^10', '>10', '=+10', '+', '-', ' ', '#x', '#o', '#b', 'x', 'X', 'o', 'b', 'c', 'd', 'n', ',', '_', '_x', '010', '08.3f', '.2e', '.3g', 'g', 'G', 'E', '%', '.1%', ',.2f', '+.3e', '#g', '.0f', '#.0f', '10.4', '.10g', '_b']:
    for v in [0, 42, -42, 3.14159, -0.0, 1e20, 1234567.891, 255, float('inf'), float('nan'), 12345678901234567890, True]:
        try:
            r = format(v, spec)
        except (ValueError, TypeError, OverflowError) as e:
            r = 'ERR ' + type(e).__name__ + ': ' + str(e)
        print(repr(spec), repr(v), r)
for v in ['abc', 'é']:
    for spec in ['', '5', '<5', '^5', '>5', '.2', 'x<6', 's', '05', '=5', '+']:
        try:
            r = format(v, spec)
        except (ValueError, TypeError, OverflowError) as e:
            r = 'ERR ' + type(e).__name__ + ': ' + str(e)
        print(repr(spec), repr(v), r)
print(f'{3!a:>4}', f'{"é"!a}', f'{1+1=:>5}', f'{ {"a":1}["a"] }', f'{{x}}', f"{'q'!s:^5}|")
w, p = 10, 3
print(f'{3.14159:{w}.{p}f}|', f'{"x":{"<"}{w}}|', '{:{}{}}'.format(1, '>', 4))
print(repr(1e16), repr(1.0), repr(123.0), repr(1e-4), repr(0.0001234), repr(1.7976931348623157e308), repr(5e-324), str(-0.0), 1e100)
print(float('1.5'), float(' -2 '), float('infinity'), float('1_0.5'), str(2.0 ** 60), 2.0 ** 53 + 1)
