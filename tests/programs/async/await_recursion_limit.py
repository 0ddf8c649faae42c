# A too-deep await chain raises RecursionError like a too-deep call chain.
async def level(n):
    if n == 0:
        return 0
    return 1 + await level(n - 1)
try:
    level(5000).send(None)
except RecursionError as e:
    print("RecursionError")
except StopIteration as e:
    print(e.value)
try:
    level(500).send(None)
except StopIteration as e:
    print(e.value)
