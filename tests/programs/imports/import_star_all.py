from pkg_star import *
print(public, _semi)
try:
    hidden
except NameError as e:
    print(e)
from pkg_star.noall import *
print(alpha, beta)
try:
    _private
except NameError as e:
    print(e)
