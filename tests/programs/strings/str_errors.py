tests = [
    lambda: "a" + 1,
    lambda: "a" * "b",
    lambda: "abc"[5],
    lambda: "abc".index("z"),
    lambda: int("abc"),
    lambda: float("x1"),
    lambda: "a" - "b",
    lambda: "%d" % "s",
    lambda: "abc".foo(),
    lambda: len(3),
    lambda: "{0}".format(),
    lambda: "x".center("a"),
    lambda: ord(""),
    lambda: "abc".split(""),
    lambda: -"a",
    lambda: "a" < 1,
    lambda: "abc"[1.5],
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
