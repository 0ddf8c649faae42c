# list.count/index/remove read the live list: a comparison that shrinks it is seen at once.
class Shrinker:
    def __init__(self):
        self.target = None
    def __repr__(self):
        return "S"
    def __eq__(self, other):
        self.target.pop()
        return True

s = Shrinker()
l = [1, 2, s, 9]
s.target = l
print(l.count(9), l)

l = [1, 2, s, 9]
s.target = l
print(l.index(9) if 9 in [1] else l.index(s), l)

l = [1, s, 9, 9]
s.target = l
l.remove(9)
print(l)

# A subclass's own __iter__ is not used by list.count / tuple.index.
class L(list):
    def __iter__(self):
        return iter([0, 0, 0])
x = L([5, 5, 7])
print(x.count(5), x.count(0), x.index(7), list.count(x, 5))
class T(tuple):
    def __iter__(self):
        return iter(())
t = T((3, 4, 3))
print(t.count(3), t.index(4))
try:
    t.index(99)
except ValueError as e:
    print(e)
try:
    [1].index(2)
except ValueError as e:
    print(e)
print([1, 2, 3, 2].index(2, -2), [1, 2, 3].index(3, 0, 100))
try:
    list.count((1,), 1)
except TypeError as e:
    print(e)
