try:
    import pkg_circ.a
except ImportError as e:
    print(type(e).__name__)
    print(str(e).split(" (")[0])
import pkg_circ.c
print(pkg_circ.c.get_d(), pkg_circ.d.get_c())
