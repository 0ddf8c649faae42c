# Builtin methods called unbound check their receiver, __format__ included.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: str.__format__(5, ''))
t(lambda: str.__format__('ab', '>5'))
t(lambda: str.__format__('ab', 5))
t(lambda: float.__format__(5, ''))
t(lambda: float.__format__(5.5, '.3f'))
t(lambda: float.__format__(5.5, ''))
t(lambda: complex.__format__(1, ''))
t(lambda: complex.__format__(1+2j, ''))
t(lambda: complex.__format__(1+2j, '.2f'))
t(lambda: int.__format__('a', ''))
t(lambda: int.__format__(True, ''))
t(lambda: list.__len__('a'))
t(lambda: list.__getitem__('a', 0))
t(lambda: dict.__getitem__([], 0))
t(lambda: dict.get([], 0))
t(lambda: list.index('a', 'a'))
t(lambda: int.__add__(1.0, 1))
t(lambda: float.__add__(1, 1))
t(lambda: float.__add__(1.0, 1))
t(lambda: float.hex(1))
t(lambda: int.bit_length(1.0))
t(lambda: dict.__len__(set()))
t(lambda: list.__iter__(()))
t(lambda: float.__repr__(1))
t(lambda: str.__len__(b''))
t(lambda: format(True, ''))
class S(str): pass
t(lambda: format(S('x'), '>3'))
t(lambda: str.__format__(S('x'), '>3'))
t(lambda: tuple.__format__((1,), ''))
class F(float):
    def __str__(self):
        return 'F!'
t(lambda: format(F(1.5), ''))
t(lambda: format(F(1.5), '.1f'))
class I(int):
    def __str__(self):
        return 'I!'
t(lambda: format(I(3), ''))
t(lambda: f'{I(3)}|{I(3):>3}')
t(lambda: set.add([], 1))
t(lambda: frozenset.union([], 1))
t(lambda: tuple.count([], 1))
t(lambda: bytes.hex('a'))
t(lambda: str.join(1, []))
t(lambda: dict.fromkeys('ab'))
