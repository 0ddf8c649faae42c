print("%d items" % 5)
print("%s and %s" % ("a", "b"))
print("%r %s" % ("x", "x"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%08.2f" % (3.14159, 2.71828, 1.5, -1.5))
print("%e|%.2e|%g|%G|%.3g" % (12345.678, 0.000123, 1e-10, 1e20, 3.14159))
print("%x|%X|%#x|%o|%#o" % (255, 255, 255, 8, 8))
print("%c%c%c" % (72, 105, 33), "%c" % "z")
print("%%|%s%%" % 50)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),))
print("%10s|%-10s|%.2s" % ("right", "left", "truncate"))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%i %u" % (7, 8), "%5.1f%%" % 99.5)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("a",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError:", e)
print("%s" % None, "%d" % True, "%.1f" % 2, "%d" % 3.99)
