def running_avg():
    total = 0.0
    n = 0
    avg = None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total / n
g = running_avg()
next(g)
for v in [10, 20, 30, 5]:
    print(g.send(v))
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(take(20, primes()))
def windowed(seq, k):
    for i in range(len(seq) - k + 1):
        yield seq[i:i + k]
print(list(windowed([1, 2, 3, 4, 5], 3)), list(windowed("abcd", 2)))
def gen_exc():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield f"caught {e}"
ge = gen_exc()
print(next(ge), ge.throw(ValueError("boom")))
gs = (i for i in range(3))
print(sum(gs), sum(gs))
