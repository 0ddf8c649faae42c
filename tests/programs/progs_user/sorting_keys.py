"""Sorting with keys, cmp_to_key, operator helpers, stability."""
from functools import cmp_to_key
from operator import itemgetter, attrgetter, methodcaller
from dataclasses import dataclass


@dataclass
class Employee:
    name: str
    dept: str
    age: int
    salary: float


staff = [
    Employee("Zed", "eng", 31, 100.0),
    Employee("amy", "ops", 25, 80.0),
    Employee("Bob", "eng", 45, 100.0),
    Employee("carl", "ops", 25, 95.5),
    Employee("Dee", "hr", 38, 70.0),
]
print([e.name for e in sorted(staff, key=attrgetter("age"))])
print([e.name for e in sorted(staff, key=attrgetter("dept", "name"))])
print([e.name for e in sorted(staff, key=lambda e: (-e.salary, e.name.lower()))])
print([e.name for e in sorted(staff, key=lambda e: e.name)])
print([e.name for e in sorted(staff, key=lambda e: e.name.casefold(), reverse=True)])
by_dept = sorted(staff, key=attrgetter("salary"), reverse=True)
by_dept.sort(key=attrgetter("dept"))
print([(e.dept, e.name) for e in by_dept])


def version_cmp(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


versions = ["1.10.0", "1.2.10", "1.2.9", "0.9", "1.2", "10.0"]
print(sorted(versions))
print(sorted(versions, key=cmp_to_key(version_cmp)))
print(max(versions, key=cmp_to_key(version_cmp)))

rows = [("b", 2, 9.5), ("a", 2, 1.0), ("c", 1, 3.3)]
print(sorted(rows, key=itemgetter(1, 0)), itemgetter(0, 2)(rows[0]))
print(sorted(["  b", "a ", "C"], key=methodcaller("strip")))
print(sorted("Hello World", key=str.lower))
print(sorted([3, -1, -4, 2], key=abs), sorted([[2, 1], [1, 9], [1, 2]]))
print(sorted({"x": 3, "y": 1, "z": 2}.items(), key=itemgetter(1)))
print(sorted([0.5, float("-inf"), 2, True, -3]))
print(sorted(["10", "9", "100"], key=int), sorted(["10", "9", "100"]))
mixed = [(1, "b"), (1, "a"), (0, "z")]
mixed.sort()
print(mixed, list(reversed(mixed)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Employee("a", "b", 1, 1.0), Employee("c", "d", 2, 2.0)])
except TypeError as e:
    print("TypeError:", e)


def natural_key(s):
    import re
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", s)]


files = ["file10.txt", "File2.txt", "file1.txt", "file20.txt", "file3.TXT"]
print(sorted(files, key=natural_key))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(set(words), key=lambda w: (len(w), w)))
print(min(words, key=len), max(words, key=len), min([], default="none"))
print(sorted(range(10), key=lambda n: (n % 3, -n)))
lst = [5, 2, 8]
print(lst.sort(), lst, sorted(lst, reverse=True))
