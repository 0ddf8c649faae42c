from mod_helper import greet, VERSION, Shape
from mod_helper import counter, bump
print(greet("from"), VERSION, Shape(5))
print(counter, bump(), bump(), counter)
import mod_helper
print(mod_helper.counter)
from mod_math_utils import hyp as hypotenuse, mean
print(hypotenuse(3, 4), mean([1, 2, 3, 4]))
try:
    from mod_helper import does_not_exist
except ImportError as e:
    # The message ends with the module's absolute path, which depends on the checkout.
    msg = str(e)
    print("ImportError:", msg[:msg.index(" (")], msg.endswith("mod_helper.py)"))
