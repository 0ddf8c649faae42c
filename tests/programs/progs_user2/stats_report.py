"""Exam results report: statistics module, pprint, string.Template, textwrap, sorting with keys."""
import statistics as st
import pprint
import random
from string import Template
from operator import itemgetter, attrgetter
from itertools import groupby
import textwrap

random.seed(2024)
STUDENTS = ["Ada", "Ben", "Cleo", "Dev", "Eve", "Finn", "Gus", "Hana", "Ivo", "Jun"]
SUBJECTS = ("math", "physics", "art")

scores = {name: {sub: random.randint(35, 100) for sub in SUBJECTS} for name in STUDENTS}
pprint.pprint(scores, width=70, sort_dicts=True)
pprint.pprint({"nested": [list(range(12)), {"k": ("a" * 30, "b" * 30)}], "n": None}, width=50)
print(pprint.pformat(list(range(30)), compact=True, width=40))

for sub in SUBJECTS:
    vals = [scores[n][sub] for n in STUDENTS]
    print(f"{sub:>8}: mean={st.mean(vals):6.2f} median={st.median(vals):5.1f} "
          f"stdev={st.stdev(vals):6.3f} pvar={st.pvariance(vals):8.3f} "
          f"min={min(vals)} max={max(vals)}")
    print(" " * 10 + "quartiles:", st.quantiles(vals, n=4), "median_low", st.median_low(vals),
          "median_high", st.median_high(vals))

data = [2, 3, 3, 5, 7, 7, 7, 9]
print(st.mode(data), st.multimode([1, 1, 2, 2, 3]), st.fmean(data), st.geometric_mean([1, 2, 4, 8]),
      round(st.harmonic_mean([40, 60]), 6))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(round(st.correlation(x, y), 6), round(st.covariance(x, y), 6), st.linear_regression(x, y))
nd = st.NormalDist(mu=70, sigma=10)
print(round(nd.cdf(85), 6), round(nd.inv_cdf(0.9), 4), nd, round(nd.pdf(70), 6))
print([round(q, 3) for q in nd.quantiles(4)], round(nd.overlap(st.NormalDist(75, 12)), 6))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)

totals = sorted(((n, sum(s.values())) for n, s in scores.items()), key=itemgetter(1, 0), reverse=True)
print(totals[:3])


class Row:
    def __init__(self, name, total):
        self.name, self.total = name, total
        self.grade = "A" if total >= 240 else "B" if total >= 200 else "C"


rows = sorted((Row(n, t) for n, t in totals), key=attrgetter("grade", "name"))
for grade, grp in groupby(rows, key=attrgetter("grade")):
    print(grade, [r.name for r in grp])

tmpl = Template("Dear $name,\nyour total is ${total} ($grade). $$5 fee applies.")
best = rows[0]
print(tmpl.substitute(name=best.name, total=best.total, grade=best.grade))
print(Template("$who likes $what").safe_substitute(who="Eve"))
try:
    Template("$x and $y").substitute(x=1)
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$a$b").get_identifiers() if hasattr(Template, "get_identifiers") else None,
      Template("${a} $b").is_valid())

body = """\
    The results above were generated from randomly seeded
    scores. They are meant only to exercise the formatting
    of a typical report.
"""
print(textwrap.dedent(body).strip())
print(textwrap.indent(textwrap.fill(textwrap.dedent(body), 35), "| ", lambda line: True))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10))
print(textwrap.wrap("a b  c", width=3, break_long_words=False, drop_whitespace=False))
