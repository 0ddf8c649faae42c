import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), type(sys.version_info).__name__)
print(sys.version_info.releaselevel, len(sys.version_info), hex(sys.hexversion)[:5])
print(sys.flags.optimize, sys.flags.debug, type(sys.flags).__name__, len(sys.flags) > 10)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0])
print(sys.int_info.default_max_str_digits, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform)
print(type(sys.implementation.name), hasattr(sys.implementation, 'version'))
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(type(sys.executable), bool(sys.executable), type(sys.orig_argv), type(sys.argv))
print(type(sys.path), type(sys.modules), 'sys' in sys.modules, 'sys' in sys.builtin_module_names)
print('os' in sys.stdlib_module_names, 'json' in sys.stdlib_module_names, 'numpy' in sys.stdlib_module_names)
print(sys.getsizeof(1) > 0, sys.getsizeof([1, 2, 3]) > sys.getsizeof([]), sys.getsizeof('abc'))
class S:
    def __sizeof__(self): return 100
print(sys.getsizeof(S()))
class Bad:
    def __sizeof__(self): return -1
try: sys.getsizeof(Bad())
except ValueError as e: print('ValueError', e)
print(sys.intern('abc') == 'abc')
old = sys.getrecursionlimit()
sys.setrecursionlimit(500); print(sys.getrecursionlimit()); sys.setrecursionlimit(old)
try: sys.setrecursionlimit(0)
except ValueError as e: print('ValueError', e)
print(sys.gettrace(), sys.getprofile()); sys.settrace(None); sys.setprofile(None)
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info(); print(t.__name__, repr(v), tb is not None, repr(sys.exception()))
print(sys.exc_info(), sys.exception())
print(callable(sys.displayhook), callable(sys.excepthook), sys.excepthook is sys.__excepthook__)
print(type(sys.dont_write_bytecode), sys.warnoptions, type(sys.prefix), type(sys.base_prefix), type(sys.exec_prefix))
sys.displayhook(42); sys.displayhook(None)
import builtins; print(builtins._)
print(sys.float_repr_style, isinstance(sys.flags, tuple), isinstance(sys.version_info, tuple))
try: sys.flags.debug = 1
except AttributeError as e: print('AttributeError', e)
print(sys.thread_info.name, sys.get_asyncgen_hooks())
try: sys.exit(3)
except SystemExit as e: print('SystemExit', e.code)
print(hasattr(sys, 'nonexistent_xyz'))
try: sys.nonexistent_xyz
except AttributeError as e: print(e)
