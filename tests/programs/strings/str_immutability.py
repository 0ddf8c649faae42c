s = "hello"
t = s
s += " world"
print(s, t)
u = s.upper()
print(s, u)
chars = list(s)
chars[0] = "J"
print("".join(chars), s)
print(s.replace("o", "0"), s)
try:
    s[0] = "H"
except TypeError as e:
    print(e)
try:
    del s[0]
except TypeError as e:
    print(e)
print(str("abc") == "abc", str(), repr(str()))
print(type(s).__name__, isinstance(s, str))
print(hash("abc") == hash("ab" + "c"))
d = {"key": 1}
k = "k" + "ey"
print(d[k])
