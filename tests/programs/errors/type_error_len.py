values = [[1, 2], "abc", 5]
for v in values:
    print(len(v))
