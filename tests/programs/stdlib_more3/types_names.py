# The types module's descriptor types and GenericAlias, as CPython names them.
import types
print(type(list[int]), types.GenericAlias, types.GenericAlias.__module__, types.GenericAlias.__name__)
print(types.GetSetDescriptorType, types.MemberDescriptorType)
class C:
    __slots__ = ("a",)
print(isinstance(C.__dict__["a"], types.MemberDescriptorType), isinstance(type.__dict__["__dict__"], types.GetSetDescriptorType))
print(type, int, type(None), object, int.__module__, type.__module__, list[int].__origin__)
print(repr(dict[str, list[int]]), types.GenericAlias(tuple, (int, ...)))
