# Builtin methods called through their class check the explicit receiver's type.
for t in ["str.upper(5)", "float.__add__(1, 2)", "int.__add__(1, 'x')", "int.__new__(int, 5)", "dict.fromkeys('ab')",
          "object.__eq__(1, 1)", "type.__call__(int, '5')", "str.maketrans('a', 'b')", "bytes.fromhex('41')",
          "int.from_bytes(b'\\x01', 'big')", "list.__len__([1])", "list.__len__((1,))", "bool.__and__(True, 1)",
          "int.__and__(True, 1)", "dict.__contains__([], 1)", "tuple.__getitem__([1], 0)",
          "set.__or__({1}, frozenset())", "frozenset.__or__({1}, {2})", "type.mro(int)",
          "sorted(['B', 'a'], key=str.lower)", "list(map(str.strip, [' a ']))", "int.__init_subclass__()",
          "str.join(',', 'ab')", "complex.conjugate(1)", "float.is_integer(1)", "int.bit_length(True)",
          "memoryview.tobytes(b'x')", "bytearray.hex(b'x')", "bytes.hex(bytearray(b'x'))", "range.count(5, 1)",
          "dict.get({}, 1)", "list.sort([3, 1])", "str.__len__('ab')", "str.__add__('a', 1)", "object.__init__(5)",
          "object.__setattr__(5, 'x', 1)", "type.__name__", "str.__mod__('%d', 5)", "int.__repr__(True)"]:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
class MyL(list): pass
m = MyL(); list.append(m, 1); print(m)
class MyD(dict): pass
print(dict.keys(MyD(a=1)))
