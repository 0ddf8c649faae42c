b = 2 ** 100
print(b.__add__(1), b.__neg__(), b.__lt__(b + 1), b.__eq__(float(b)), b.__index__() == b, b.__bool__(), b.__hash__() == hash(b), b.__int__() is b or b.__int__() == b)
print(b.to_bytes(13, "big"), int.from_bytes(b.to_bytes(13, "little"), "little") == b, (-b).bit_length(), b.bit_count())
