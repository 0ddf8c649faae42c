data = [5, 2, 8, 1, 9, 3]
print(sorted(data), data)
print(sorted(data, reverse=True))
print(list(reversed(data)), data[::-1])
r = reversed(data)
print(next(r), next(r), list(r))
words = ["delta", "Alpha", "charlie", "bravo"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted(range(10), key=lambda x: (x % 3, -x)))
class Rev:
    def __init__(self, items):
        self.items = items
    def __reversed__(self):
        return iter(self.items[::-1] + ["(custom)"])
print(list(reversed(Rev([1, 2, 3]))))
print(sorted({"b": 1, "a": 2}.items()), sorted([(1, 2), (1, 1), (0, 5)], reverse=True))
print("".join(sorted("kestrel")), "".join(reversed("kestrel")))
