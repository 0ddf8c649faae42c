import re
def show(x):
    print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(x)).replace(__file__, 'FILE').replace('"builtin_reprs_of_descriptors.py"', '"FILE"'))
show(int.__new__)
show(object.__new__)
show(str.maketrans)
show(dict.__dict__['fromkeys'])
show(int.__dict__['real'])
show(object.__subclasshook__)
show(type.__prepare__)
show((lambda: 0).__code__)
def named(): pass
show(named.__code__)
print(len.__self__ is __import__('builtins'), print.__self__.__name__)
show((1).__add__)
show([].append)
show(list.append)
show(int.__add__)
