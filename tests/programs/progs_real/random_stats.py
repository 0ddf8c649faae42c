import random
import statistics
from collections import Counter

random.seed(12345)
print([random.randint(1, 6) for _ in range(10)])
print(round(random.random(), 12), round(random.uniform(10, 20), 10))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.choice(deck), random.sample(range(100), 5), random.choices("abc", weights=[5, 1, 1], k=8))
print(random.randrange(0, 100, 7), random.getrandbits(20), round(random.gauss(0, 1), 10))
random.seed("hello")
print(random.random())
random.seed(b"bytes")
print(random.randint(0, 10**9))
rng = random.Random(42)
state = rng.getstate()
first = [rng.random() for _ in range(3)]
rng.setstate(state)
print(first == [rng.random() for _ in range(3)])
print(round(rng.expovariate(1.5), 10), round(rng.triangular(0, 10, 3), 10), round(rng.betavariate(2, 3), 10))
print(round(rng.normalvariate(5, 2), 10), round(rng.lognormvariate(0, 1), 10), round(rng.vonmisesvariate(1, 2), 10))

rolls = Counter(random.Random(7).randint(1, 6) + random.Random(8).randint(1, 6) for _ in range(1))
data = [2.5, 3.1, 4.7, 1.2, 3.3, 5.9, 3.1, 2.2, 4.0, 3.1]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(round(statistics.stdev(data), 10), round(statistics.pstdev(data), 10), round(statistics.variance(data), 10))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.multimode("aabbbcc"))
print(statistics.quantiles(data, n=4), statistics.harmonic_mean([40, 60]), round(statistics.geometric_mean([1, 10, 100]), 10))
print(statistics.fmean([1, 2, 3, 4]), statistics.median_grouped([1, 2, 2, 3, 4]))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
nd = statistics.NormalDist(100, 15)
print(round(nd.cdf(130), 10), round(nd.inv_cdf(0.975), 6), nd.mean, nd.stdev)
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
from fractions import Fraction
from decimal import Decimal
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.mean([Decimal("1.5"), Decimal("2.5")]))
r = random.Random(2024)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + r.choice((-1, 1)))
print(walk, max(walk), min(walk))
sims = Counter()
r = random.Random(1)
for _ in range(1000):
    sims[r.randint(1, 6) + r.randint(1, 6)] += 1
print(sorted(sims.items()))
