m = __import__("math")
print(m.floor(2.5))
os_path = __import__("os.path")
print(os_path.__name__)
p = __import__("os.path", fromlist=["join"])
print(p.__name__, p.join("a", "b"))
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    __import__("")
except ValueError as e:
    print(e)
try:
    __import__("x", level=1)
except ImportError as e:
    print(type(e).__name__, e)
