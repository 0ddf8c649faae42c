def numbers(n):
    for i in range(n):
        yield i
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squared(it):
    for x in it:
        yield x * x
print(list(squared(evens(numbers(20)))))
print(sum(squared(evens(numbers(1000)))))
g = (x * 3 for x in range(5))
print(next(g), next(g), list(g), list(g))
pipeline = map(lambda x: x + 1, filter(lambda x: x % 3 == 0, range(30)))
print(list(pipeline))
print(list(zip(numbers(3), squared(numbers(10)))))
print(sorted(squared(range(-3, 4)), reverse=True))
print(max(squared(range(-10, 5))), any(x > 50 for x in squared(range(10))))
