import mod_helper
print(__name__)
print(mod_helper.__name__)
print(mod_helper.greet("world"))
print(mod_helper.VERSION, mod_helper.bump(), mod_helper.bump(), mod_helper.counter)
print(mod_helper.Shape(4), type(mod_helper.Shape(3)).__name__)
print(mod_helper.__doc__)
import mod_helper
import mod_helper as again
print(again is mod_helper, again.counter)
print(type(mod_helper).__name__)
