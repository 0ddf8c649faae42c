s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(s[-2:-8:-2], s[100:], s[-100:3], s[5:2], s[::100], repr(s[3:3]))
print(s[1:9:3], s[-1:-11:-4], s[slice(2, 8, 2)], s[slice(None, None, -3)])
t = "héllo wörld"
print(len(t), t[1], t[-4], t[::-1], t.upper())
u = "日本語テキスト"
print(len(u), u[0], u[2:4], u[::-1], u.find("テ"))
e = "a😀b"
print(len(e), e[1], e[2], e[::-1])
try:
    print(s[10])
except IndexError as ex:
    print("IndexError:", ex)
try:
    s[0] = "z"
except TypeError as ex:
    print("TypeError:", ex)
print(s[len(s) - 1], s[-len(s)])
lst = list(range(10))
print(lst[::3], lst[-1:0:-2], lst[5:-5], lst[3:8:2])
print(tuple(range(6))[::-2], range(10)[2:8:3], list(range(10)[::-4]))
print(slice(1, 5, 2).indices(10), slice(None, None, -1).indices(5))
