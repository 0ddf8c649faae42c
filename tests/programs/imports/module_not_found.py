try:
    import does_not_exist_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_basic.nope
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from mod_plain import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
print(issubclass(ModuleNotFoundError, ImportError))
import not_a_module_zzz
