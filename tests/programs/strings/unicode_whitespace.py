s = "a\x1cb\x1dc d\x85e\u3000f\u200bg"
print(s.split(), s.rsplit(None, 2), repr(("\x1f x \x1e").strip()), "\x1c".isspace(), "\u200b".isspace())
print("Hello".lower(), "hello".lower() == "hello", "ABC".upper(), "MiXeD".lower(), "ÄÖ".lower(), "straße".upper())
w = "word"; print(w.lower() is w or True)
