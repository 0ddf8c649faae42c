import csv, io, statistics
data = """name,dept,salary,start
Alice,Eng,120000,2019-03-01
Bob,Eng,95000,2020-07-15
Carol,Sales,70000,2018-01-10
Dan,Sales,"72,500",2021-11-30
Eve,HR,65000,2017-05-22
"""
rows = list(csv.DictReader(io.StringIO(data)))
print(rows[0])
by = {}
for r in rows:
    by.setdefault(r["dept"], []).append(float(r["salary"].replace(",", "")))
for d, s in sorted(by.items()):
    print(d, len(s), statistics.mean(s), statistics.median(s))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_MINIMAL)
w.writerow(["a", "b,c", 'd"e', 1.5, None])
w.writerows([[1, 2], ["x y", ""]])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["k", "v"], lineterminator="\n")
dw.writeheader(); dw.writerow({"k": 1, "v": "z"})
print(out.getvalue(), end="")
r = csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")
print(list(r))
print(csv.Sniffer().sniff("a,b,c\n1,2,3\n").delimiter)
print(statistics.stdev([1, 2, 3, 4, 5]), statistics.pvariance([1, 2, 3, 4]))
print(statistics.mode([1, 1, 2, 3]), statistics.multimode("aabbc"))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4))
print(statistics.harmonic_mean([40, 60]), statistics.geometric_mean([1, 4, 16]))
print(statistics.fmean([1, 2, 3.5]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1,3,5,7]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print(type(e).__name__, e)
