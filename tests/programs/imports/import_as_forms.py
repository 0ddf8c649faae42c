import pkg_basic.alpha as al
print(al.__name__, al.hello())
from pkg_basic import alpha as a2, VALUE as V
print(a2 is al, V)
import os.path as osp, sys as system
print(osp.basename("/x/y.z"), system.__name__)
from pkg_basic.sub import (SUBVAL,
                           alpha)
print(SUBVAL, alpha is al)
