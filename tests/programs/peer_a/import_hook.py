# A replaced builtins.__import__ is what import statements call, with the fromlist and
# level CPython passes; restoring the original brings normal imports back.
import builtins

real_import = builtins.__import__
seen = []


def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level, type(globals).__name__))
    return real_import(name, globals, locals, fromlist, level)


builtins.__import__ = tracing_import
import math
import os.path
from sys import argv, path
from math import *
import math as m

builtins.__import__ = real_import
import sys

for entry in seen:
    print(entry)
print(math.floor(2.5), floor(3.5), m.pi > 3, type(argv).__name__, sys.__name__)


class FakeModule:
    value = 7


def fake_import(name, globals=None, locals=None, fromlist=(), level=0):
    print("fake import of", name, fromlist, level)
    return FakeModule


builtins.__import__ = fake_import
try:
    import does_not_exist
    from also_missing import value
    print(does_not_exist.value, value)
finally:
    builtins.__import__ = real_import
