from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext, InvalidOperation, localcontext
from fractions import Fraction


class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} needs {needed} more")
        self.needed = needed


class Account:
    _next = 1000

    def __init__(self, owner, balance="0"):
        self.owner = owner
        self.balance = Decimal(balance)
        self.number = Account._next
        Account._next += 1
        self.history = []

    def deposit(self, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def apply_interest(self, rate, months):
        monthly = Decimal(rate) / 12
        for _ in range(months):
            interest = (self.balance * monthly).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            self.balance += interest
            self.history.append(("interest", interest))

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


def transfer(a, b, amount):
    a.withdraw(amount)
    b.deposit(amount)


alice = Account("alice", "100.00")
bob = Account("bob")
alice.deposit("25.50")
transfer(alice, bob, "40.25")
try:
    transfer(bob, alice, "100")
except InsufficientFunds as e:
    print("error:", e, e.needed)
try:
    bob.deposit("-3")
except ValueError as e:
    print("error:", e)
alice.apply_interest("0.05", 6)
print(alice, bob)
for kind, amt in alice.history:
    print(f"  {kind:<9}{amt:>10}")
print(sum((amt for k, amt in alice.history if k == "interest"), Decimal(0)))

print(Decimal("1.1") + Decimal("2.2"), 1.1 + 2.2)
print(Decimal(1) / Decimal(7))
print(getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal(2).sqrt())
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), ROUND_DOWN))
print(Decimal("10") ** 3, Decimal("-0.0"), Decimal("1e3").normalize(), Decimal("123.4500").normalize())
print(Decimal(0.1))
print(Decimal("3.14159").as_tuple())
print(repr(Decimal("7.50")), str(Decimal("1E+2")), int(Decimal("9.99")), float(Decimal("0.5")))
print(round(Decimal("2.5")), round(Decimal("3.14159"), 2), Decimal("5") % Decimal("3"), Decimal("-7") // Decimal("2"))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("0.75")]), max(Decimal("1"), Decimal("1.0")))

shares = [Fraction(1, 3), Fraction(1, 4), Fraction(1, 6)]
rest = 1 - sum(shares)
print(shares, rest, sum(shares) + rest == 1)
estate = 12000
for s in shares + [rest]:
    print(f"{str(s):>5} -> {estate * s}")
print(Fraction("3.1415"), Fraction(0.5), Fraction(22, 7).limit_denominator(5), float(Fraction(1, 8)))
print(Fraction(3, 4) ** 2, Fraction(-7, 2) // 1, round(Fraction(7, 2)), Fraction(5, 10).as_integer_ratio())
print(Fraction(1, 3) < 0.34, Fraction(2, 4) == 0.5, hash(Fraction(1, 2)) == hash(0.5))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.5'):.1%} {Decimal('12.5'):e}")
