def classify(n):
    match n:
        case int(x) if x < 0:
            return "negative"
        case int(x) if x == 0:
            return "zero"
        case int(x) if x % 2:
            return "odd"
        case int():
            return "even"
        case x if isinstance(x, str) and x:
            return "non-empty str"
        case _:
            return "other"
for v in [-5, 0, 3, 4, "x", "", None]:
    print(repr(v), classify(v))
calls = []
def check(v):
    calls.append(v)
    return v > 1
for v in [1, 2]:
    match v:
        case n if check(n):
            print("guard passed", n)
        case n:
            print("guard failed, fell through", n)
print(calls)
