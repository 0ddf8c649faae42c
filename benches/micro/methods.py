class Counter:
    def __init__(self, start):
        self.value = start
        self.step = 1

    def bump(self, n):
        self.value += n * self.step
        return self.value

    def get(self):
        return self.value


def main():
    c = Counter(0)
    t = 0
    for i in range(2_000_000):
        c.bump(i & 3)
        t += c.get()
    return t

print(main())
