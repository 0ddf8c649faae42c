from pkg_circ import b
A = 1
