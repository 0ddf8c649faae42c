r = range(10 ** 30)
print(r[-1] + 1 == 10 ** 30)
len(r)
