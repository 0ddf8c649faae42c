from pkg_circ.a import A
B = 2
