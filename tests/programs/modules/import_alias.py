import mod_math_utils as mu
import math as m
import sys
print(mu.hyp(5, 12), round(mu.PI2, 5), m.pi == mu.PI2 / 2)
print(mu.__name__, "mod_math_utils" in sys.modules, "mod_helper" in sys.modules)
import mod_chain_a
print(mod_chain_a.call_b(), mod_chain_a.NAME, mod_chain_a.mod_chain_b.NAME)
print("mod_chain_b" in sys.modules)
try:
    import mod_does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
except ImportError as e:
    print("ImportError:", e)
