class T(tuple):
    pass
t = T((1, 2, 3))
print(t, repr(t), type(t).__name__, len(t), t[0], t[-1], t[0:2], type(t[0:2]).__name__, t + (4,), type(t + (4,)).__name__)
print(2 in t, list(t), t == (1, 2, 3), (1, 2, 3) == t, t < (1, 2, 4), hash(t) == hash((1, 2, 3)), t.index(2), t.count(3), sorted(t, reverse=True))
a, b, c = t
print(a, b, c, *t, {t: 1}[(1, 2, 3)], t * 2, type(t * 2).__name__, tuple(t) is t)
