# X | Y on classes and generic aliases (types.UnionType), and types.GenericAlias.
import types
print(int | None, type(int | None), int | str | int, (int | str) == (str | int))
print(list[int] | None, None | dict[str, int], int | int, (int | str) | (float | int))
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print(isinstance(1.0, (int | str, float)), isinstance(b"", int | str))
print(isinstance(1, int | list[int]))
try:
    isinstance("x", int | list[int])
except TypeError as e:
    print("TypeError", e)
try:
    int | 3
except TypeError as e:
    print("TypeError", e)
try:
    3 | int
except TypeError as e:
    print("TypeError", e)
print((int | str).__args__, hash(int | str) == hash(str | int), (int | None).__args__)
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)), types.GenericAlias(set, int))
print(types.GenericAlias(list, int) == list[int])
class C(list[int]):
    pass
print(C.__mro__, C.__orig_bases__)
print(C([1, 2]))
try:
    list[int][str]
except TypeError as e:
    print("TypeError", e)
try:
    types.UnionType()
except TypeError as e:
    print("TypeError", e)
print(type(int | str) is types.UnionType, list[int].__parameters__)
class Meta(type):
    def __or__(cls, other):
        return "custom or"
class M(metaclass=Meta):
    pass
print(M | int, int | M)
