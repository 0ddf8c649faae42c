import pkg_circ.c
D = 4
def get_c():
    return pkg_circ.c.C
