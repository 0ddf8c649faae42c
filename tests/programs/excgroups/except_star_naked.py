try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, repr(e), e.exceptions)
try:
    raise KeyError("k")
except* (TypeError, LookupError) as e:
    print("tuple", repr(e))
