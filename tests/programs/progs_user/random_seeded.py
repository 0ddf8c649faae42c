"""random with a fixed seed: sequences must match CPython exactly."""
import random

random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print(random.randrange(0, 1000, 7), random.randrange(50), random.getrandbits(64))
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.sample(range(100), 5), random.sample("xyzw", 2))
print(random.choices(["a", "b", "c"], weights=[10, 1, 1], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=5))
print(round(random.uniform(1, 10), 10), round(random.gauss(0, 1), 10))
print(round(random.normalvariate(5, 2), 10), round(random.expovariate(1.5), 10))
print(round(random.triangular(0, 10, 3), 10), round(random.betavariate(2, 3), 10))
print(round(random.gammavariate(2.0, 1.0), 10), round(random.lognormvariate(0, 1), 10))
print(round(random.vonmisesvariate(1, 2), 10), round(random.paretovariate(3), 10))
print(round(random.weibullvariate(1, 2), 10))

r1 = random.Random(2024)
r2 = random.Random(2024)
print([r1.randint(0, 9) for _ in range(12)] == [r2.randint(0, 9) for _ in range(12)])
state = r1.getstate()
a = [r1.random() for _ in range(3)]
r1.setstate(state)
print(a == [r1.random() for _ in range(3)])
random.seed("hello")
print(random.random(), random.randint(0, 10**12))
random.seed(b"bytes")
print(random.random())
random.seed(12345678901234567890)
print(random.random(), random.randbytes(6).hex())
random.seed(-5)
print(random.random())
random.seed(7)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
print(sorted(random.sample(range(10**6), 4)), random.randrange(-10, 10))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
random.seed(99)
big = random.randint(0, 2**200)
print(big, random.randrange(10**30))
items = list(range(10))
random.Random(3).shuffle(items)
print(items)
