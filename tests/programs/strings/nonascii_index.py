# Indexing and slicing non-ASCII strings (positions remembered between accesses): forward,
# backward, negative, extended slices, reversed().
s = "héllo wörld €uro 😀 " * 500
n = 0
for i in range(len(s)):
    if s[i] == 'ö': n += 1
print(n, len(s), s[5], s[-1], s[-3], s[1000], s[len(s) // 2])
print(s[3:9], s[-10:-2], s[100:200:7], s[::-97][:12], s[200:100:-3], s[5:5], s[7:3])
print(''.join(reversed(s))[:15], [s[i] for i in (0, 9000, 17, 9001, 16, 9002)])
t = 'ab€' * 40
print([t[i:i+2] for i in range(0, len(t), 13)], t[-1], t[::-1][:6], t[1::40])
it = reversed(t); next(it); print(next(it), next(it))
u = s[:]
for i in range(len(u) - 1, len(u) - 30, -1): n += u[i] == ' '
print(n)
