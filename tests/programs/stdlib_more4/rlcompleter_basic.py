import rlcompleter

class Point:
    """A point."""
    def __init__(self):
        self.x = 1
        self._hidden = 2
    def norm(self):
        return 0
    def move(self, dx):
        pass
    @property
    def prop(self):
        raise RuntimeError('not evaluated')

ns = {'point': Point(), 'pointer': 5, 'printer': print, 'f0': lambda: 1, 'f1': lambda a: a}
c = rlcompleter.Completer(ns)
def all_of(text):
    out, i = [], 0
    while True:
        m = c.complete(text, i)
        if m is None:
            return out
        out.append(m)
        i += 1
print(all_of('poi'))
print(all_of('pri'))
print(sorted(all_of('f')))  # builtins' order is not the same in Kestrel
print(all_of('wh'), all_of('tr'), all_of('fin'), all_of('Tr'), sorted(all_of('ma')), all_of('cas'))
print(all_of('point.'))
print(all_of('point._'))
print(all_of('point.__in'))
print(all_of('point.m'))
print(all_of('point.p'))
print(all_of('nosuch.x'), all_of('1.de'), all_of('point.x.re'))
print(all_of('len')[:1], all_of('__bui'))
print(c.global_matches('zz'), c.attr_matches('point.no'))
print(sorted(rlcompleter.get_class_members(bool))[:3])
try:
    rlcompleter.Completer([1])
except TypeError as e:
    print('TypeError', e)
c2 = rlcompleter.Completer()
import __main__
__main__.unique_name_xyz = 1
print(c2.complete('unique_na', 0), c2.complete('unique_na', 1))
