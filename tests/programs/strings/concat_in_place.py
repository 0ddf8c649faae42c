# Concatenation results that share a growable buffer: older views keep their text, a view
# that is no longer at the end copies, non-ASCII lengths stay right.
def build(n):
    s = ''
    for i in range(n):
        s += 'é' if i % 3 == 0 else 'ab'
        if i % 1000 == 0:
            t = s          # an older view
            s2 = t + 'X'   # appends after t: s can no longer append in place
    return s, t, s2
s, t, s2 = build(100000)
print(len(s), len(t), len(s2), s2[-3:], t[-3:], s[-5:], hash(s) == hash(s[:]), s.count('é'))
a = 'x' * 100
b = a + 'y'; c = a + 'z'; d = b + b; e = d + d
print(b[-2:], c[-2:], len(d), d[99:103], e.count('y'), b == a + 'y', {b: 1}[a + 'y'])
parts = ''
for w in ['alpha', 'beta'] * 50:
    parts = parts + w + ','
print(len(parts), parts[:20], parts[-12:])
x = 'q' * 70
y = x + x
y += y
print(len(y), y == 'q' * 280)
