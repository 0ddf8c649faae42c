a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.insert(0, 2)
a.insert(100, 6)
a.insert(-1, 7)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(4), a.count(1), a.count(42))
print(a.index(1, 2) if 1 in a[2:] else "none")
b = a.copy()
b.reverse()
print(a, b)
b.sort()
print(b)
b.sort(reverse=True)
print(b)
words = ["pear", "fig", "banana", "kiwi", "apple"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: (-len(w), w))
print(words)
print(sorted(words), sorted(words, key=str.upper, reverse=True))
c = b
c.clear()
print(b, c)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
print([1, 2] + [3], [0] * 5, [[0] * 2] * 2, list("ab") * 2)
print(list(range(5)), list(), list((1, 2)), list({1: 2, 3: 4}))
nested = [[0] * 3 for _ in range(2)]
nested[0][0] = 1
print(nested)
alias = [[0] * 3] * 2
alias[0][0] = 1
print(alias)
