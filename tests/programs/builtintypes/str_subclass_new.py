class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, str(v).upper())
    def shout(self):
        return self + "!"
u = Upper("hey")
print(u, repr(u), u.shout(), type(u.shout()).__name__, isinstance(u, str), type(u).__name__)
class Tagged(str):
    def __init__(self, v, tag="t"):
        self.tag = tag
t = Tagged("abc")
print(t, t.tag, len(t), t.upper())
try:
    Tagged("abc", "x")
except TypeError as e:
    print("TypeError", e)
print(str.__new__(Upper, 12), type(str.__new__(Upper, 12)).__name__)
