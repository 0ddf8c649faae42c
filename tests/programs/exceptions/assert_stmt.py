def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
try:
    assert [], "empty list"
except AssertionError as e:
    print(e)
assert True, "never"
assert 1 == 1
x = 3
try:
    assert x == 4, ("tuple", x)
except AssertionError as e:
    print(e.args)
print("done")
