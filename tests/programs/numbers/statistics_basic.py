import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1, 2, 3, 4, 4]), st.mean(data), st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), st.mean([D("0.5"), D("0.75"), D("0.625"), D("0.375")]), st.mean([1, 2.5]), st.mean(iter([1, 2])))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5]), st.harmonic_mean([1, 0, 2]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.variance(data), st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.variance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]), st.pvariance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4]), st.stdev([D("1.5"), D("2.5"), D("2.75")]), st.pstdev([D("1"), D("2"), D("4")]), st.stdev([F(1, 3), F(2, 3), F(5, 3)]))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1, 2, 3], mu=2), st.variance([1, 2, 3, 4, 5]), st.pvariance(range(10)), st.stdev(range(1, 100, 3)))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9], n=4, method="inclusive"), st.quantiles([1.5, 2.5], n=3), st.quantiles([1, 2, 3, 4], n=1))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y), st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]), st.linear_regression(x, y, proportional=True))
nd = st.NormalDist(100, 15)
print(nd, nd.cdf(130), nd.pdf(100), nd.inv_cdf(0.95), nd.quantiles(), nd.zscore(130), nd.mean, nd.stdev, nd.variance, nd.overlap(st.NormalDist(110, 20)))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), nd + 5, nd * 2, nd - st.NormalDist(10, 20), -nd, nd == st.NormalDist(100, 15), st.NormalDist().inv_cdf(0.001), st.NormalDist().inv_cdf(1e-10), st.NormalDist().inv_cdf(0.3))
for bad in ["st.mean([])", "st.variance([1])", "st.stdev([])", "st.pvariance([])", "st.median([])", "st.mode([])", "st.harmonic_mean([-1, 2])", "st.geometric_mean([0, 1])", "st.quantiles([1], n=4)", "st.quantiles([1, 2], n=0)", "st.quantiles([1, 2], method='x')", "st.correlation([1, 1, 1], [1, 2, 3])", "st.covariance([1], [1])", "st.linear_regression([1, 1], [1, 2])", "st.NormalDist(0, -1)", "st.NormalDist().inv_cdf(1.5)", "st.fmean([])", "st.mean(['a'])", "st.mean([1, 'a'])", "st.correlation([1, 2], [1])"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError), st.mean([True, False, True]), st.median([F(1, 2), F(1, 3)]), st.mean([1.0, float("inf")]), st.variance([1, float("nan")]))
