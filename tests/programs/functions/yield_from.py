def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4], []], [[[5]]], 6])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(3), (x for x in "z"))))
def tree(n, depth=0):
    yield "  " * depth + str(n)
    if n > 1:
        yield from tree(n // 2, depth + 1)
        yield from tree(n - n // 2 - 1, depth + 1)
for line in tree(6):
    print(line)
def sub():
    yield 1
    yield 2
    return "sub done"
def delegator():
    result = yield from sub()
    print("delegator got", result)
    yield 3
print(list(delegator()))
def close_demo():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")
cd = close_demo()
print(next(cd))
cd.close()
print("after close")
