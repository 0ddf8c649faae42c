# Natives consuming generators that make garbage, under the collector.
def words(n):
    for i in range(n):
        s = "w" + str(i) * 3
        yield s[:4]

print(sum(len(str(i)) for i in range(20000)))
print(len(list(words(5000))), tuple(words(3)), sorted(set(words(50)))[:3])
print("".join(w[1:] for w in words(10)))
print(max(len(w) for w in words(100)), min((w for w in words(20)), key=len))
print(sorted((str(i) for i in range(30)), key=lambda s: (-len(s), s))[:4])
print(dict((w, len(w)) for w in words(5)))
print(frozenset(x % 3 for x in range(10)) == {0, 1, 2})
data = [[i, str(i)] for i in range(100)]
def mutating():
    for row in data:
        data.pop() if len(data) > 50 else None
        yield row[1] + "!"
print(len(list(mutating())))
def nested():
    for a in words(30):
        yield "".join(b[-1] for b in words(3)) + a
print(list(nested())[-1], len(set(nested())))
def failing():
    yield "a" * 10
    yield "b" * 10
    raise ValueError("mid-way")
try:
    list(failing())
except ValueError as e:
    print("ValueError", e)
print(list(zip(words(3), (str(i) * 2 for i in range(3)))))
print(list(map(str.upper, words(3))))
import math
print(math.fsum(float(len(w)) for w in words(1000)))
big = list(str(i) * 5 for i in range(30000))
print(len(big), big[-1][:5])
