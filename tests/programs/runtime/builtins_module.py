import builtins
print(builtins.len is len, builtins.print is print)
print(__builtins__ is builtins)
print(type(builtins).__name__, builtins.__name__)
builtins.my_global_thing = "visible"
print(my_global_thing)
def f():
    return my_global_thing
print(f())
del builtins.my_global_thing
try:
    my_global_thing
except NameError as e:
    print(e)
print(builtins)
print(hasattr(builtins, "ValueError"), "open" in dir(builtins))
