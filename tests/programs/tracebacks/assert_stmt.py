def check(v):
    assert v > 1, "too small"


check(0)
