def f():
    import mod_plain
    from pkg_basic.alpha import hello
    return mod_plain.bump(), hello()
print(f())
print("mod_plain" in globals())
import sys
print("mod_plain" in sys.modules)
