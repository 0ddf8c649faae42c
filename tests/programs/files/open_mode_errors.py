for args, kw in [(("f", "rw"), {}), (("f", "rb"), {"encoding": "utf-8"}), (("f", "q"), {}),
                 (("f", "rtb"), {}), (("f", "r", 0), {}), (("f", "rr"), {}), (("f", "b"), {}),
                 (("f", "wb"), {"newline": ""}), (("f", "r"), {"newline": "x"})]:
    try:
        open(*args, **kw)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    open(3.5)
except TypeError as e:
    print(e)
