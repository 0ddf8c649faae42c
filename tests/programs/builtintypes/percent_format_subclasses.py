class P(int):
    pass
class F(float):
    pass
class S(str):
    pass
print("%d %s %r %x %o %5.2f %e %c" % (P(5), P(6), P(7), P(255), P(8), F(3.14159), F(1e5), P(65)))
print("{} {!r} {:>4}".format(P(1), S("q"), S("ab")), "%s" % S("v"), "%(k)s" % {"k": S("m")}, S("a{}").format(1), type(S("a{}").format(1)).__name__)
print(S("%s-%s") % (1, 2), type(S("%s") % 1).__name__)
