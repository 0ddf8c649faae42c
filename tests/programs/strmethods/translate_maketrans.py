def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()), "aabbcc".translate(t1))
t2 = str.maketrans("ab", "AB", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, 99: "ccc", "é": 69})
print(sorted(t3.items()), "abcé".translate(t3))
print("hello".translate({ord("l"): "L"}), "abc".translate({}), "abc".translate({97: 98, 98: 99}), "x".translate({120: ""}))
class T:
    def __getitem__(self, k):
        if k == ord("q"):
            raise LookupError
        return k + 1
print("abq".translate(T()))
err(lambda: str.maketrans("ab", "x"))
err(lambda: str.maketrans({"ab": 1}))
err(lambda: str.maketrans(1))
err(lambda: str.maketrans("a", 1))
err(lambda: "a".translate({97: 1.5}))
err(lambda: "a".translate({97: 0x110000}))
