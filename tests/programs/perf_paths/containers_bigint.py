import random
random.seed(5)
for _ in range(3000):
    a = random.getrandbits(random.randint(1, 600)) * random.choice([1,-1])
    b = random.getrandbits(random.randint(1, 600)) * random.choice([1,-1]) or 7
    r = (a // b, a % b, a * b, a + b, a - b, divmod(a, b))
    print(hash(r) & 0xffff, end=' ')
print()
L = list(range(20))
print(L[::-1], L[3:15:4], L[-3:], L[:100], L[15:3:-2], L[::3])
T = tuple(L)
print(T[::-1], T[3:15:4], T[-30:5], T[5:2])
L[:5] = L[4::-1]; print(L)
L[2:4] = [9, 9, 9]; print(L)
L[1:1] = L; print(L)
ins = L.insert; pop = L.pop
ins(0, pop(3)); print(L)
m = L.append; m(5); print(L[-1])
class I:
    def __index__(self):
        del L[5:]
        return 3
print(L[I()] if False else '')
try:
    print(L[I()])
except IndexError as e: print('IE', e)
print(len(range(0, 10**18, 7)), len(range(-5, 10**18, 3)), len(range(10, -10, -3)))
print(min({5, 3, 9}), max({5, 3, 9}), min([3.5, 2, 7]), max(1, 2.5, -1), min({}.keys() or [1]))
s = set(range(0, 200, 3)); t = frozenset(range(0, 300, 5))
print(sorted(s - t)[:10], len(s & t), len(s | t), len(s ^ t), s <= t, (s & t) <= s, min(s - t), max(t))
print(list(s & t), list(t - s)[:20])
for i in range(0, 200, 2): s.discard(i)
print(list(s))
s.add(1000); s.add(-7); print(list(s), 1000 in s, 5 in s, 9 in s)
print(list(frozenset([cti for cti in range(40, 0, -3)])))
print(list({1, 2.0, True, 3}), {1, 2} == {2.0, True}, {(1, 2), (1, 2)})
d = {i: i for i in range(30)}
for i in range(25): del d[i]
print(list(d), min(d), max(d))
# Digit extraction: quotients of one word from dividends thousands of bits wide.
q, r, t = 1, 0, 1
out = []
for k in range(1, 400):
    q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
    out.append((q * 3 + r) // t - (q * 4 + r) // t)
    out.append(((q * 3 + r) % t) % 1000)
print(out[-20:], sum(out))
print((-(10 ** 80)) // (3 ** 120), (10 ** 80) // -(3 ** 120), (-(10 ** 80)) % (3 ** 120) % 997)
