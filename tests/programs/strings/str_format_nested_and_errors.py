print('{:{}{}}'.format(1, '>', 4), '{0:{1}}'.format(3, 5) + '|', '{!a}'.format('é'), '{0!r:>6}'.format('a'))
print('{a[0]}{a[1]}'.format(a='xy'), '{0[key]}'.format({'key': 'v'}), '{.real}'.format(5), '{:{w}.{p}f}'.format(3.14159, w=8, p=2))
print('{:*^{}}'.format('x', 7), '{}{{}}'.format(1), '{0}{0}'.format('r'))
for bad in ['{} {0}', '{0} {}', '{!x}', '{:{:{}}}', '{', '}', '{0.}', '{5}', '{x}']:
    try:
        print(repr(bad.format(1, 2, 3)))
    except (ValueError, IndexError, KeyError) as e:
        print(bad, type(e).__name__, e)
print(format('abc', '05'), format('abc', '<05'), format(-3, '05'), format(1.5, '07.2f'))
