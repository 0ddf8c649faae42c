"""Student grade book: classes with __slots__, properties, sorting, formatting."""
from itertools import groupby
from operator import attrgetter
import sys


class Student:
    __slots__ = ("name", "cohort", "_scores")

    def __init__(self, name, cohort, scores):
        self.name = name
        self.cohort = cohort
        self._scores = list(scores)

    @property
    def average(self):
        return sum(self._scores) / len(self._scores) if self._scores else 0.0

    @property
    def grade(self):
        avg = self.average
        for threshold, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
            if avg >= threshold:
                return letter
        return "F"

    def add(self, score):
        if not 0 <= score <= 100:
            raise ValueError(f"score out of range: {score}")
        self._scores.append(score)

    def __repr__(self):
        return f"Student({self.name!r}, {self.cohort!r}, avg={self.average:.1f})"


roster = [
    Student("Zoe", "2024", [88, 92, 79]),
    Student("Adam", "2023", [65, 70, 58]),
    Student("Maya", "2024", [95, 98, 100]),
    Student("Liam", "2023", [72, 81, 77]),
    Student("Eve", "2024", []),
    Student("Omar", "2023", [90, 85, 89]),
]
roster[4].add(55)
try:
    roster[4].add(101)
except ValueError as e:
    print("ValueError:", e)
try:
    roster[0].nickname = "Z"
except AttributeError as e:
    print("AttributeError:", e)

header = f"{'Name':<8}{'Cohort':^8}{'Avg':>7}  Grade"
print(header)
print("-" * len(header))
for s in sorted(roster, key=lambda s: (-s.average, s.name)):
    print(f"{s.name:<8}{s.cohort:^8}{s.average:>7.2f}  {s.grade}")
print()
for cohort, group in groupby(sorted(roster, key=attrgetter("cohort", "name")), key=attrgetter("cohort")):
    g = list(group)
    best = max(g, key=attrgetter("average"))
    print(f"cohort {cohort}: {len(g)} students, best {best.name} ({best.average:.3g}), "
          f"grades {''.join(sorted(s.grade for s in g))}")
hist = {}
for s in roster:
    hist[s.grade] = hist.get(s.grade, 0) + 1
for letter in "ABCDF":
    print(f"{letter}: {'*' * hist.get(letter, 0):<5}|{hist.get(letter, 0):>2}")
print(f"{1234567.891:,.2f} {0.25:.1%} {42:08b} {255:#x} {3.14159:+.3e} {'left':*<10}| {7:^5d}|")
print("{:>10}|{:<6}|{:^7.2f}".format("right", "l", 2.5), "%-6s|%5.1f|%03d|%x" % ("ab", 3.14159, 7, 255))
print(repr(roster[1]), str(roster[2].average), round(roster[0].average, 2))
print(sys.getsizeof(1) > 0, Student.__slots__, hasattr(roster[0], "__dict__"))
