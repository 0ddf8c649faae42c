import pkg_basic.sub.leaf
print(hasattr(pkg_basic, "sub"), hasattr(pkg_basic.sub, "leaf"))
import os.path
print(os.path.join("a", "b"))
from pkg_basic import alpha
print(alpha.hello())
from pkg_basic import sub as s
print(s.SUBVAL)
