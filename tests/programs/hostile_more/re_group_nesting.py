import re, sys

def attempt(n, kind="("):
    close = ")"
    try:
        re.compile(kind * n + "a" + close * n)
        return "ok"
    except RecursionError as e:
        return "RecursionError: " + str(e)

for n in (10, 400, 494, 495, 496, 497, 1000, 100000):
    print(n, attempt(n))
print(attempt(495, "(?:"), attempt(496, "(?:"))
print(attempt(495, "(?="), attempt(496, "(?="))

def deeper(d, n):
    if d:
        return deeper(d - 1, n)
    return attempt(n)

for d, n in ((100, 444), (100, 445), (100, 446), (300, 345), (300, 346)):
    print(d, n, deeper(d, n))

sys.setrecursionlimit(3000)
print(attempt(1495), attempt(1496))
sys.setrecursionlimit(1000)
try:
    re.match("(" * 2000 + "x" + ")" * 2000, "x")
except RecursionError as e:
    print("match:", e)
print(re.match("(" * 100 + "x" + ")" * 100, "x").group(100))
