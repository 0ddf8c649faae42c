class S(str):
    pass
s = S("Hello World")
for r in (s.upper(), s.lower(), s.split(), s.replace("o", "0"), s[0], s[1:5], s + "!", s * 2, s.strip("Hd"), s.title(), s.center(15, "*")):
    print(repr(r), type(r).__name__)
print(len(s), "World" in s, s.startswith("Hell"), s.find("o"), s.count("l"), list(S("ab")), sorted(S("cab")))
print(str(s), type(str(s)).__name__, repr(s), f"<{s}>", "%s|%r" % (s, s), "-".join([S("a"), S("b")]), "x".join(S("abc")))
