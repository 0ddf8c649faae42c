import mod_plain
try:
    import mod_plain.child
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from mod_plain import child
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import math.nothing
