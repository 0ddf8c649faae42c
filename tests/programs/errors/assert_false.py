print("checking")
assert 1 + 1 == 2
assert False
