# The types and reprs of builtin methods, taken from the class or bound.
print(int.__add__, str.join)
print(type(int.__add__).__name__, type(str.join).__name__)
print(type((1).__add__).__name__, type([].append).__name__, type(len).__name__)
print(object.__init__, list.append, dict.get)
print(type(object.__init__).__name__, type(list.__len__).__name__)
print(str.join.__get__('-')(['a', 'b']), list.append.__name__, str.join.__qualname__)
print(int.__add__(2, 3), int.__add__.__get__(2)(5), str.upper.__call__('ab'))
print(callable(str.join), callable((1).__add__))
import types
print(isinstance(str.join, types.MethodDescriptorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(object.__init__, types.WrapperDescriptorType), isinstance((1).__add__, types.MethodWrapperType))
try:
    str.join.__get__(5)
except TypeError as e:
    print('TypeError', e)
