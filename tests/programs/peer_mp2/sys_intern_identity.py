# sys.intern returns one shared object per string value; bad arguments are TypeErrors.
import sys
a = sys.intern("abc"); b = sys.intern("ab" + "c"); print(a is b)
x = "".join(["q", "r"]); y = "".join(["q", "r"]); print(x is y, sys.intern(x) is sys.intern(y))
s1 = sys.intern(x); print(s1 is sys.intern(y), sys.intern(s1) is s1, s1 == "qr")
class S(str): pass
for args in [(), (1,), (S("x"),), (b"x",), ("a", "b")]:
    try: print(sys.intern(*args))
    except TypeError as e: print("TypeError:", e)
