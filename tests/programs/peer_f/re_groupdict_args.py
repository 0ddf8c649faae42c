# Match.groupdict() takes one optional default, checked as CPython's C method checks it.
import re

m = re.match(r'(?P<first>\w)(?P<second>\d)?', 'q')


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)


show('no default', lambda: m.groupdict())
show('positional default', lambda: m.groupdict('-'))
show('keyword default', lambda: m.groupdict(default=0))
show('two positional', lambda: m.groupdict('a', 'b'))
show('positional and keyword', lambda: m.groupdict('a', default='b'))
show('two keywords', lambda: m.groupdict(default=1, other=2))
show('unknown keyword', lambda: m.groupdict(fallback=1))
