def level3(x):
    if x == 0:
        raise ValueError("zero at level3")
    if x < 0:
        raise KeyError(x)
    return 100 // x
def level2(x):
    try:
        return level3(x)
    except KeyError as e:
        print("level2 handled KeyError", e)
        return -1
def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        print("level1 handled", e)
        return 0
    finally:
        print("level1 finally", x)
for v in [5, -2, 0]:
    print("result", level1(v))
def retry(fn, attempts):
    for i in range(attempts):
        try:
            return fn(i)
        except RuntimeError as e:
            print("attempt", i, "failed:", e)
    return "gave up"
def flaky(i):
    if i < 2:
        raise RuntimeError(f"flake {i}")
    return f"ok on {i}"
print(retry(flaky, 5), retry(flaky, 2))
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as inner:
            print("inner caught", inner)
        print("back in first handler")
        raise
except ValueError as outer:
    print("outer caught", outer)
