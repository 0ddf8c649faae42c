"""Bank simulation: exception hierarchy, context managers, class hierarchy."""
from contextlib import contextmanager


class BankError(Exception):
    """Base for all bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} needs {needed:.2f} more")
        self.account = account
        self.needed = needed


class AccountFrozen(BankError):
    pass


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        Account._next_id += 1
        self.id = Account._next_id

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount
        self.history.append(("wd", amount))

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:.2f})"


class Savings(Account):
    rate = 0.02

    def add_interest(self):
        self.deposit(round(self.balance * self.rate, 2))


class Overdraft(Account):
    def __init__(self, owner, balance=0.0, limit=100):
        super().__init__(owner, balance)
        self.limit = limit

    def withdraw(self, amount):
        if amount > self.balance + self.limit:
            raise InsufficientFunds(self, amount - self.balance - self.limit)
        self._check()
        self.balance -= amount
        self.history.append(("wd", amount))


@contextmanager
def transaction(*accounts):
    snapshot = [(a, a.balance, len(a.history)) for a in accounts]
    try:
        yield accounts
    except BankError as e:
        for a, bal, n in snapshot:
            a.balance = bal
            del a.history[n:]
        print(f"  rolled back: {type(e).__name__}: {e}")
    else:
        print("  committed")


def transfer(src, dst, amount):
    with transaction(src, dst):
        dst.deposit(amount)
        src.withdraw(amount)


a = Account("ann", 100)
b = Savings("bob", 50)
c = Overdraft("cy", 10, limit=50)
print(a, b, c)
transfer(a, b, 30)
transfer(b, a, 500)
transfer(c, a, 55)
transfer(c, a, 10)
b.add_interest()
print(a, b, c)
c.frozen = True
transfer(c, a, 1)
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    c.withdraw(1000)
except BankError as e:
    print(type(e).__name__, isinstance(e, InsufficientFunds), e.needed, e.args)
print(a.history, b.history, c.history)
print([cls.__name__ for cls in Overdraft.__mro__])
print(InsufficientFunds.__mro__[1:3], BankError.__doc__)
try:
    try:
        c.deposit(5)
    except AccountFrozen as e:
        raise RuntimeError("audit failed") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
print(sorted([a, b, c], key=lambda acc: acc.balance))
print(a.id, b.id, c.id)
