# A builtin function stored in a class does not bind the instance (it has no __get__);
# a builtin type's method and a Python function do.
import math


class A:
    show = print
    size = len
    root = math.sqrt

    def method(self):
        return 'bound'


a = A()
a.show('printed', 'without self')
print(a.size([1, 2, 3]), a.root(9.0), a.method())
print(A.size('abcd'), A.show is print)
print([1, 2].__len__(), list.append.__name__, str.upper('x'))
f = a.size
print(f('xyz'))
