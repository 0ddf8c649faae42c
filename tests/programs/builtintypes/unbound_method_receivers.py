# Every public method of the builtin types, called through the class with a receiver of the
# wrong type, raises TypeError (never a silent result).
import sys
types_ = [int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, memoryview]
bad = {int: "s", float: "s", complex: "s", str: 5, bytes: 5, bytearray: 5, list: 5, tuple: 5, dict: [], set: 5, frozenset: 5, range: 5, memoryview: 5}
for t in types_:
    for name in sorted(vars(t)):
        m = vars(t)[name]
        if name.startswith("__") or not callable(m) or isinstance(m, (classmethod, staticmethod)) or type(m).__name__ in ("classmethod_descriptor", "staticmethod", "builtin_function_or_method") and name in ("fromkeys", "maketrans", "fromhex", "from_bytes"):
            continue
        try:
            getattr(t, name)(bad[t])
            r = "OK"
        except TypeError as e:
            r = "TE " + str(e)[:70]
        except Exception as e:
            r = type(e).__name__
        print(t.__name__, name, r)
