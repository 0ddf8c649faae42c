import mod_getattr_hook as m
print(m.real)
print(m.dynamic_thing)
from mod_getattr_hook import other
print(other)
