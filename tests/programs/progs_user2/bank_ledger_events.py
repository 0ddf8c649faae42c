"""Bank accounts with an event log: class hierarchy with overdraft rules, Decimal money,
context-managed transactions that roll back, interest via datetime, and a statement."""
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_EVEN
import itertools

TWO = Decimal("0.01")


class TransactionError(Exception):
    pass


class Overdrawn(TransactionError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")


class Account:
    _numbers = itertools.count(10001)
    kind = "basic"
    overdraft = Decimal(0)

    def __init__(self, owner, opening="0"):
        self.owner = owner
        self.number = next(self._numbers)
        self._balance = Decimal(opening)
        self.events = [("open", Decimal(opening))]

    @property
    def balance(self):
        return self._balance.quantize(TWO)

    def deposit(self, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise TransactionError("deposit must be positive")
        self._balance += amount
        self.events.append(("deposit", amount))

    def withdraw(self, amount):
        amount = Decimal(amount)
        if self._balance - amount < -self.overdraft:
            raise Overdrawn(self, amount)
        self._balance -= amount
        self.events.append(("withdraw", -amount))

    def __repr__(self):
        return f"<{self.kind} #{self.number} {self.owner} {self.balance}>"


class Current(Account):
    kind = "current"
    overdraft = Decimal("100")


class Savings(Account):
    kind = "savings"
    rate = Decimal("0.035")

    def add_interest(self, start, end):
        days = (end - start).days
        interest = (self._balance * self.rate * days / 365).quantize(TWO, ROUND_HALF_EVEN)
        self.deposit(interest)
        return interest


@contextmanager
def transaction(*accounts):
    snapshot = [(a, a._balance, len(a.events)) for a in accounts]
    try:
        yield
    except TransactionError as e:
        for a, bal, n in snapshot:
            a._balance = bal
            del a.events[n:]
        print(f"  rolled back: {e}")


def transfer(src, dst, amount):
    with transaction(src, dst):
        dst.deposit(amount)
        src.withdraw(amount)


ann = Current("ann", "50")
bob = Savings("bob", "1000")
transfer(bob, ann, "250.50")
transfer(ann, bob, "400")
transfer(ann, bob, "350")
print(ann, bob)
print(bob.add_interest(date(2024, 1, 1), date(2024, 7, 1)), bob.balance)
try:
    ann.deposit("-5")
except TransactionError as e:
    print("error:", e)
with transaction(ann):
    ann.withdraw("10")
    ann.withdraw("1000")
print(ann.balance, [k for k, _ in ann.events])
for acct in (ann, bob):
    running = Decimal(0)
    print(f"Statement {acct.number} ({acct.kind}) for {acct.owner}")
    for day, (kind, amt) in zip((date(2024, 1, 1) + timedelta(days=7 * i) for i in itertools.count()), acct.events):
        running += amt
        print(f"  {day:%d %b}  {kind:<9}{amt:>10}{running:>11.2f}")
print(sorted([ann, bob], key=lambda a: a.balance), Account.overdraft, Current.overdraft + 1)
