eg = ExceptionGroup("g", [ValueError(1), ValueError(20), ExceptionGroup("n", [ValueError(30), TypeError(2)])])
big, small = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 10)
print(repr(big))
print(repr(small))
seen = []
def pred(e):
    seen.append(type(e).__name__)
    return False
print(eg.split(pred))
print(seen)
