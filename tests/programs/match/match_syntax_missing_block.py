print("x")
match 1:
pass
