import pkg_basic
print(pkg_basic.VALUE, pkg_basic.__name__, pkg_basic.__package__)
import pkg_basic.alpha
print(pkg_basic.alpha.hello())
from pkg_basic.sub import leaf
print(leaf.LEAF)
import pkg_basic.sub.leaf as L
print(L is leaf, L.__name__, L.__package__)
print(pkg_basic.__path__[0].endswith("pkg_basic"), pkg_basic.__file__.endswith("pkg_basic/__init__.py"))
print(pkg_basic.sub.alpha is pkg_basic.alpha)
