import random

random.seed(2024)
print([round(random.random(), 12) for _ in range(5)])
print([random.randint(-50, 50) for _ in range(10)])
print(random.randrange(10, 1000, 5), random.getrandbits(100))
items = list(range(20))
random.shuffle(items)
print(items)
print(random.choice(['red', 'green', 'blue']), random.sample(range(1000), 8))
print(random.sample(range(10), 4), random.uniform(5, 10))
print(random.choices('abc', weights=[5, 1, 1], k=8))
r = random.Random(7)
print(r.random(), r.randint(1, 6), r.gauss(0, 1))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
