import pkg_circ.d
C = 3
def get_d():
    return pkg_circ.d.D
