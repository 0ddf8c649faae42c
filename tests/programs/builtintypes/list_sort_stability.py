pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
l = list(pairs)
l.sort(key=lambda p: p[1])
print(l)
l.sort(key=lambda p: p[0], reverse=True)
print(l)
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words, sorted(words, key=len, reverse=True))
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1], key=1)
except TypeError as e:
    print("TypeError", e)
