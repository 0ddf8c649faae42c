g = lambda x: x[3]
items = [g]
print(list(map(lambda h: h([1]), items)))
