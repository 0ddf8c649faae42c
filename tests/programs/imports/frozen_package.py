# A package of the core library (collections) and its submodule (collections.abc).
import collections
print(collections.__name__, collections.__package__)
print(type(collections.__path__).__name__)
print(collections.__spec__.name, collections.__spec__.parent)
print(collections.__spec__.submodule_search_locations is not None)
import collections.abc
print(collections.abc.__name__, collections.abc.__package__)
print(collections.abc.__spec__.name, collections.abc.__spec__.parent)
print(collections.abc.__spec__.submodule_search_locations)
print(hasattr(collections.abc, "__path__"))
from collections import abc
print(abc is collections.abc)
import collections.abc as cabc
print(cabc is abc)
import sys
print("collections.abc" in sys.modules, sys.modules["collections.abc"] is abc)
from collections.abc import Mapping, Sequence
print(Mapping.__module__, Sequence.__name__)
import importlib
print(importlib.import_module("collections.abc") is abc)
print(importlib.import_module(".abc", "collections") is abc)
# A module that is not a package has no __path__, and submodule imports fail.
import random
print(hasattr(random, "__path__"), random.__package__, random.__spec__.parent)
try:
    import random.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import collections.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from collections import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
