import random, statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
random.seed(9)
gens = [lambda: random.randint(-100, 100), lambda: random.uniform(-50, 50), lambda: F(random.randint(-50, 50), random.randint(1, 9)), lambda: D(random.randint(-9999, 9999)).scaleb(-2), lambda: random.choice([1, 2, 3, 4]) * 0.5]
for i in range(120):
    g = random.choice(gens)
    n = random.randint(2, 12)
    data = [g() for _ in range(n)]
    if random.random() < 0.2:
        data.append(random.randint(-5, 5))
    r = []
    for f in (st.mean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode, st.multimode, st.variance, st.pvariance, st.stdev, st.pstdev, lambda d: st.quantiles(d, n=4), lambda d: st.quantiles(d, n=5, method="inclusive"), st.fmean, lambda d: st.harmonic_mean([abs(x) for x in d]), lambda d: st.geometric_mean([abs(x) + 1 for x in d])):
        try:
            r.append(repr(f(data)))
        except Exception as e:
            r.append(type(e).__name__ + ":" + str(e))
    x = [float(v) for v in data]
    y = [random.uniform(-5, 5) for _ in data]
    for f in (st.covariance, st.correlation, st.linear_regression, lambda a, b: st.linear_regression(a, b, proportional=True)):
        try:
            r.append(repr(f(x, y)))
        except Exception as e:
            r.append(type(e).__name__ + ":" + str(e))
    nd = st.NormalDist.from_samples(x)
    r.append(repr(nd))
    r.append(repr([nd.cdf(0.5), nd.pdf(1.0), nd.inv_cdf(0.3), nd.zscore(2.0), nd.overlap(st.NormalDist(1, 3))]) if nd.stdev else "")
    print(" ".join(r))
