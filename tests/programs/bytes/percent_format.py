def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(b"%d %s %x" % (42, b"str", 255))
print(b"%5d|%-5d|%05d|%+d|%o|%X|%#x" % (1, 2, 3, 4, 8, 255, 255))
print(b"%s and %s" % (b"a", bytearray(b"b")), b"%c%c" % (65, b"B"), b"%r %a" % ("x", "é"))
print(b"%.2f %e %g" % (3.14159, 1234.5, 0.5), b"%(a)s-%(b)d" % {b"a": b"x", b"b": 5}, b"100%%" % ())
print(bytearray(b"%d") % 7)
err(lambda: b"%s" % "str")
err(lambda: b"%s" % 5)
err(lambda: b"%d %d" % (1,))
err(lambda: b"%d" % (1, 2))
err(lambda: b"%c" % 300)
err(lambda: b"%y" % 1)
