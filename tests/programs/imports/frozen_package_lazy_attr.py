# After a bare `import collections`, collections.abc and the classes built on it
# (ChainMap, UserDict, ...) are reachable as attributes.
import sys
import collections

print(collections.abc.Sized.__name__, collections.ChainMap.__name__, collections.UserList([1]))
print("collections.abc" in sys.modules, collections.UserDict.__module__)
from collections import UserString
print(UserString("x") + "y")
try:
    from collections import NoSuchThing
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
