# A set that contains itself (through an element's repr).
s = set()

class H:
    def __init__(self, target):
        self.target = target
    def __repr__(self):
        return repr(self.target)
    def __hash__(self):
        return 7

s.add(H(s))
print(repr(s))
fs_holder = []
class S(set):
    pass
t = S()
t.add(H(t))
print(repr(t))
print(repr(S()), repr(S([1])))
class FS(frozenset):
    pass
print(repr(FS()), repr(FS([2])))
d = {}
d[1] = H(d)
print(repr(d))
l = []
l.append(H(l))
print(repr(l))
