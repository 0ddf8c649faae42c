def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "abcabcabc"
print(s.find("c", 3), s.find("c", 3, 5), s.find("c", -4), s.rfind("a", 0, 5), s.find("", 9), s.find("", 10), s.rfind("", 10), s.count("", 10))
print(s.count("a"), s.count("a", 1), s.count("abc", 1, -1), s.count(""), s.count("", 4), s.count("x"), s.index("b", 2), s.rindex("b", 0, 6))
print("héllo wörld".find("ö"), "héllo wörld".rfind("l", 0, 5), "日本語日本".count("日本"), "日本語".index("語"), "aaa".count("aa"))
print(s.find("a", None, None), s.startswith("bc", 1), s.endswith("ab", 0, 4), s.startswith(("x", "ca"), 2))
err(lambda: s.index("z"))
err(lambda: s.rindex("a", 10))
err(lambda: s.index("", 10))
err(lambda: s.find(1))
err(lambda: s.count("a", "x"))
