import statistics as st
from decimal import Decimal as D
from fractions import Fraction as F
nd = st.NormalDist(5, 2)
print([round(x, 12) for x in nd.samples(5, seed=42)])
print(st.mean([D("1.1"), 2, D("3.3")]), st.median([D("1.5"), D("2.5")]), st.median([F(1, 3), 2]), st.variance([D(1), D(2), D(4)]), st.stdev([D(1), D(2), D(4)]), st.pstdev([F(1), F(2), F(4)]))
print(st.mean([1, 2, 3.0]), st.mean([F(1, 2), 1.5]), st.harmonic_mean([D("2.5"), D(3)]), st.harmonic_mean([F(1, 2), 2, 3]), st.mean(range(1, 1001)), st.variance(range(20)))
print(st.median_grouped([D(1), D(2), D(2), D(3)]), st.median_grouped([F(1, 2), F(3, 2)], interval=F(1)), st.quantiles([D(1), D(2), D(3), D(4)]), st.quantiles([F(1), F(5), F(7)], n=3))
print(st.fmean([D("1.5"), F(1, 2), 3]), st.geometric_mean([F(1, 2), D(8)]), st.NormalDist(1, 2) + st.NormalDist(2, 1), st.NormalDist(3, 0.5) * -2, 2 - st.NormalDist(1, 1))
try:
    st.NormalDist(0, 0).cdf(1)
except st.StatisticsError as e:
    print(e)
