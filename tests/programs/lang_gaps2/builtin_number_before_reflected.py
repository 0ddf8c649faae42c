# A builtin number's own operator runs before the reflected method of a subclass of
# another numeric type it accepts (CPython's slot order).
class IntR(int):
    def __radd__(self, o): return 'IntR.radd'
    def __rmul__(self, o): return 'IntR.rmul'
    def __gt__(self, o): return 'IntR.gt'
    def __eq__(self, o): return 'IntR.eq'
    __hash__ = int.__hash__
class FloatR(float):
    def __radd__(self, o): return 'FloatR.radd'
    def __gt__(self, o): return 'FloatR.gt'
print(2.0 + IntR(1), 2.5 * IntR(2), (1+1j) + IntR(1))
print(2 + IntR(1), 2 * IntR(3))          # int subclass of int: reflected first
print(2 + FloatR(1.0), 2.0 + FloatR(1.0), 2j + FloatR(1.0))
print(2.0 < IntR(1), 2.0 == IntR(2), 1 < FloatR(2.0), 1.0 < FloatR(2.0))
print(True + IntR(4), True < FloatR(0.5))
