def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("%r %a %c %o %x %X %e %f %g %%" % ("é", "é", 65, 8, 255, 255, 1.5, 2.5, 3.5))
print("%(a)s %(b)05.1f %(a)r" % {"a": "x", "b": 2.25})
print("%*d|%-*d|%.*f|%*s" % (5, 1, 4, 2, 2, 3.14159, -6, "ab"))
print("%.3d|%+5d|%-5d|%05d|% d|%#x|%#o|%#X|%x|%i|%u" % (5, 3, 3, -3, 4, 255, 8, 255, -255, 3.9, -2.7))
print("%5.1f|%-8.3e|%g|%#g|%+.2f|%05.1f|%G|%E|%.0f|%.0f" % (3.14159, 1234.5, 0.0001, 1.0, 2.5, -1.5, 1e20, 5.0, 0.5, 1.5))
print("%s|%10s|%-10s|%.2s|%r" % (None, "right", "left", "truncate", [1, "a"]))
print("%c%c%c" % ("x", 0x263a, 10), "%d" % 10 ** 30, "%x" % 10 ** 20, "%s" % [1], "hi" % [1], "%s" % (1,), "%%" % ())
print("%d %s" % (True, False), "%f" % 10 ** 5, "%e" % 0, "%g" % 1e-10, "%g" % 123456789, "%.3g" % 0.0001234)
class I:
    def __int__(self):
        return 42
    def __index__(self):
        return 7
print("%d %x" % (I(), I()))
