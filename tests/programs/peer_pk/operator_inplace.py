# The in-place operator functions, operator.call and the dunder aliases.
import operator as op

print(op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 3), op.ipow(2, 10))
print(op.iand(0b110, 0b011), op.ior(0b100, 0b001), op.ixor(0b11, 0b01))
print(op.ilshift(1, 4), op.irshift(32, 2))

a = [1]
b = op.iconcat(a, [2, 3])
print(a, b is a)
s = 'ab'
print(op.iconcat(s, 'cd'), s)


class M:
    def __init__(self):
        self.log = []

    def __imatmul__(self, other):
        self.log.append(other)
        return self


m = M()
print(op.imatmul(m, 5) is m, m.log)

print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1], reverse=True))
print(op.__add__ is op.add, op.__not__ is op.not_, op.__and__ is op.and_)
print(op.__inv__ is op.inv, op.__itruediv__ is op.itruediv, op.__call__ is op.call)

for f, args in [(op.concat, (1, 2)), (op.iconcat, (1, [2]))]:
    try:
        f(*args)
    except TypeError as e:
        print(type(e).__name__, e)
