# Only the builtin types CPython names in builtins are builtin names; the internal
# type objects (function, NoneType, generator, ...) are reachable through type() only.
import builtins

for name in ["function", "NoneType", "generator", "module", "code", "cell", "method",
             "GenericAlias", "ellipsis", "mappingproxy", "coroutine", "dict_keys",
             "builtin_function_or_method", "member_descriptor", "iterator",
             "async_generator", "NotImplementedType"]:
    try:
        eval(name)
        print(name, "found")
    except NameError as e:
        print(e)
    print(name, hasattr(builtins, name))

for t in [object, type, int, bool, float, complex, str, bytes, bytearray, memoryview,
          list, tuple, dict, set, frozenset, range, slice, property, staticmethod,
          classmethod, super]:
    print(t.__name__, getattr(builtins, t.__name__) is t, builtins.__dict__[t.__name__] is t)

print(type(lambda: 0).__name__, type(None).__name__, type(len).__name__)


class P:
    def __init__(self):
        self.a = 1


p = P()
d = p.__dict__
d["b"] = 2
print(type(d).__name__, sorted(d.items()), p.b, isinstance(d, dict))
