class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for x in Countdown(3):
    print(x)
print(list(Countdown(5)), sum(Countdown(10)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(iter(Seq())))
it = iter([10, 20, 30])
for v in it:
    print("got", v)
    if v == 10:
        print("skipping", next(it))
c = Countdown(2)
print(iter(c) is c, next(c), next(c), next(c, "end"))
def sentinel_source():
    vals = [1, 2, 3, 0, 5]
    i = 0
    def get():
        nonlocal i
        i += 1
        return vals[i - 1]
    return get
print(list(iter(sentinel_source(), 0)))
