import mod_plain
mod_plain.new_attr = "set from outside"
import mod_plain as again
print(again.new_attr)
import sys
this = sys.modules[__name__]
this.injected = 7
print(injected)
print(getattr(sys.modules["__main__"], "injected"))
del mod_plain.new_attr
print(hasattr(again, "new_attr"))
try:
    mod_plain.missing_attr
except AttributeError as e:
    print(e)
