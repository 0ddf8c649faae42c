class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __sub__(self, o):
        return Money(self.cents - o.cents)
    def __mul__(self, n):
        return Money(self.cents * n)
    def __truediv__(self, n):
        return Money(self.cents // n)
    def __floordiv__(self, n):
        return [Money(self.cents // n)] * n
    def __mod__(self, n):
        return Money(self.cents % n)
    def __lt__(self, o):
        return self.cents < o.cents
    def __eq__(self, o):
        return self.cents == o.cents
    def __int__(self):
        return self.cents
    def __float__(self):
        return self.cents / 100
    def __index__(self):
        return self.cents
    __hash__ = None
m = Money(1050)
print(m, m + Money(75), 5 + m, m - Money(50), m * 3, m / 4, m // 3, m % 7)
print(sum([Money(1), Money(2)], Money(0)), sorted([Money(5), Money(1), Money(3)]))
print(int(m), float(m), hex(Money(255)), [1, 2, 3][Money(1)])
print(max(Money(1), Money(9)), Money(3) == Money(3), Money(3) > Money(1))
class Pow:
    def __pow__(self, e):
        return f"pow {e}"
    def __rpow__(self, b):
        return f"rpow {b}"
    def __matmul__(self, o):
        return "matmul"
    def __invert__(self):
        return "inverted"
    def __pos__(self):
        return "positive"
print(Pow() ** 2, 2 ** Pow(), Pow() @ 1, ~Pow(), +Pow())
