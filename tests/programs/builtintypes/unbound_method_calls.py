calls = [
    lambda: int.__add__(), lambda: int.bit_length(), lambda: int.to_bytes(), lambda: int.__round__(),
    lambda: float.__round__(), lambda: float.__trunc__(), lambda: list.__iadd__(), lambda: list.__imul__([]),
    lambda: set.__init__(), lambda: str.__getnewargs__(), lambda: object.__lt__(), lambda: BaseException.__str__(),
    lambda: range.index(), lambda: range.count(range(3)), lambda: dict.fromkeys(), lambda: list.__reversed__(),
    lambda: frozenset.__iter__(), lambda: set.__ior__(set()), lambda: int.__divmod__(), lambda: (1).__pow__(),
    lambda: (1).__pow__(1, 2, 3), lambda: int.__neg__(), lambda: float.__lt__(), lambda: str.__str__(),
    lambda: tuple.__new__(), lambda: int.__new__(), lambda: object.__new__(), lambda: list[int].__origin__,
    lambda: BaseException.__repr__(1), lambda: (5).__format__(), lambda: int.__getnewargs__(),
    lambda: dict.__reversed__(), lambda: set.symmetric_difference_update(set()),
    lambda: range(1, 2, 3)[::0], lambda: range(10**20)[::0], lambda: range(10**20)["a"],
]
for i, c in enumerate(calls):
    try:
        r = c()
        print(i, "ok", type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__)
