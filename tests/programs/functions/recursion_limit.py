import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
limit = sys.getrecursionlimit()
print(limit)
sys.setrecursionlimit(50)
def measure(n):
    try:
        return measure(n + 1)
    except RecursionError:
        return n
d = measure(0)
print(20 < d < 50)
sys.setrecursionlimit(limit)
print(sys.getrecursionlimit() == limit)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
