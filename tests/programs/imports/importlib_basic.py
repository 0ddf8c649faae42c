import importlib
m = importlib.import_module("math")
print(m.sqrt(16))
leaf = importlib.import_module(".sub.leaf", "pkg_basic")
print(leaf.LEAF)
j = importlib.import_module("os.path")
print(j.__name__ in ("posixpath", "os.path"))
import mod_plain
mod_plain.bump()
mod_plain.bump()
r = importlib.reload(mod_plain)
print(r is mod_plain, mod_plain.counter)
try:
    importlib.import_module("nonexistent_thing_q")
except ModuleNotFoundError as e:
    print(e, e.name)
