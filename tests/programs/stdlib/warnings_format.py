import warnings
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  source line  "), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "f.py", 1, ""), end="")
shown = []
def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    warnings.warn("custom hook")
    warnings.warn("second", ResourceWarning)
print(shown)
import sys
class Out:
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "<file>"))
warnings.simplefilter("always")
warnings.showwarning("direct", UserWarning, "direct.py", 5, Out(), "x = 1")
print(issubclass(PendingDeprecationWarning, Warning), issubclass(BytesWarning, Warning), EncodingWarning.__mro__[1].__name__)
