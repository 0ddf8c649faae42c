"""A Money class on Decimal with currency rules, allocation and formatting."""
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_HALF_UP, InvalidOperation, localcontext
from functools import total_ordering


class CurrencyMismatch(ValueError):
    pass


@total_ordering
class Money:
    EXP = {"USD": Decimal("0.01"), "JPY": Decimal("1"), "BHD": Decimal("0.001")}

    def __init__(self, amount, currency="USD"):
        if currency not in self.EXP:
            raise ValueError(f"unknown currency {currency}")
        try:
            amt = Decimal(str(amount))
        except InvalidOperation:
            raise ValueError(f"bad amount {amount!r}") from None
        self.amount = amt.quantize(self.EXP[currency], rounding=ROUND_HALF_EVEN)
        self.currency = currency

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return True

    def __add__(self, other):
        if other == 0:
            return self
        if self._check(other) is NotImplemented:
            return NotImplemented
        return Money(self.amount + other.amount, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        self._check(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, k):
        return Money(self.amount * Decimal(str(k)), self.currency)

    __rmul__ = __mul__

    def __eq__(self, other):
        if isinstance(other, int) and other == 0:
            return self.amount == 0
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        if self._check(other) is NotImplemented:
            return NotImplemented
        return self.amount < other.amount

    def __hash__(self):
        return hash((self.amount, self.currency))

    def allocate(self, ratios):
        unit = self.EXP[self.currency]
        total = sum(ratios)
        shares = [(self.amount * r / total).quantize(unit, rounding=ROUND_DOWN) for r in ratios]
        remainder = self.amount - sum(shares)
        i = 0
        while remainder > 0:
            shares[i] += unit
            remainder -= unit
            i += 1
        return [Money(s, self.currency) for s in shares]

    def __format__(self, spec):
        sym = {"USD": "$", "JPY": "¥", "BHD": "BD "}[self.currency]
        s = f"{abs(self.amount):,}"
        s = f"-{sym}{s}" if self.amount < 0 else f"{sym}{s}"
        return format(s, spec)

    def __repr__(self):
        return f"Money('{self.amount}', '{self.currency}')"


a = Money("19.995")
b = Money(0.1) + Money(0.2)
print(a, b, repr(Money(1234567.891)), Money(2.5, "JPY"), Money(3.5, "JPY"), Money("1.0005", "BHD"))
print(sum([Money(1), Money("2.50"), Money("0.01")]), Money(10) * 3, 0.15 * Money(10))
print(f"[{Money(-1234.5):>14}] [{Money(99):<10}] [{Money(5, 'JPY')}]")
print(Money(100).allocate([1, 1, 1]), Money(5, "JPY").allocate([3, 7]))
print(sorted([Money(3), Money(1), Money(2)]), max(Money(1), Money(5)), Money(1) <= Money(1))
print(len({Money(1), Money("1.00"), Money(1, "JPY")}))
for bad in [lambda: Money(1) + Money(1, "JPY"), lambda: Money("abc"), lambda: Money(1, "EUR"),
            lambda: Money(1) < 5, lambda: Money(1) + "x"]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(Decimal("1.005").quantize(Decimal("0.01"), ROUND_HALF_UP), Decimal("1.005").quantize(Decimal("0.01")))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(2).sqrt(), Decimal(1) / 3, Decimal("123456789") + 0)
print(Decimal(2).sqrt(), Decimal("10") ** 20, Decimal("1e-3").normalize(), Decimal("100").normalize())
print(Decimal("3.14159").as_tuple(), Decimal(0.1), Decimal("7").compare(Decimal("8")))
print(Decimal("-3.7") // 2, Decimal("-3.7") % 2, divmod(Decimal("7.5"), 2), int(Decimal("-2.9")))
print(Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100, Decimal("1.10") == Decimal("1.1"))
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.000012'):.2e}", round(Decimal("2.5")), round(Decimal("3.5")))
