print("{}-{}-{}".format(1, 2, 3))
print("{2}{1}{0}".format("a", "b", "c"))
print("{x}/{y}".format(x=1, y=2), "{0}{x}".format("A", x="B"))
print("{:d} {:5d} {:<5d}|".format(1, 2, 3))
print("{:.1f} {:.3e} {:g}".format(1.25, 123456.0, 0.00001))
print("{:>8s}|{:^8s}|{:<8s}|".format("r", "c", "l"))
print("{:#x} {:#o} {:#b}".format(10, 10, 10))
print("{0!r:>8}".format("hi"), "{0!s:*<6}".format(12))
pt = {"x": 1, "y": 2}
print("{x},{y}".format(**pt), "{p[x]}".format(p=pt))
print("{:,d} {:_d}".format(1234567, 7654321))
print("{:+.2%}".format(0.12345))
print("{0:{1}}|{0:{2}{1}}|".format("w", 5, ">"))
print(format(0.5, ".0%"), format(1 / 3, ".5"), format(123, "+"), format(-0.0, ""))
print("{:3}|{:3}|".format("abcd", 1))
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{k}".format(j=1))
except KeyError as e:
    print("KeyError:", e)
try:
    print("{:d}".format(1.5))
except ValueError as e:
    print("ValueError:", e)
