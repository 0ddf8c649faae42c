class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount {amount}")
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance
class InsufficientFunds(Exception):
    def __init__(self, have, need):
        super().__init__(f"have {have}, need {need}")
        self.short = need - have
acct = Account(100)
for amt in [30, -5, 200, 70, 1]:
    try:
        print("balance", acct.withdraw(amt))
    except InsufficientFunds as e:
        print("insufficient:", e, "short by", e.short)
    except ValueError as e:
        print("bad:", e)
class Strict:
    def __setattr__(self, name, value):
        if not name.startswith("ok_"):
            raise AttributeError(f"cannot set {name}")
        super().__setattr__(name, value)
s = Strict()
s.ok_x = 1
try:
    s.bad = 2
except AttributeError as e:
    print(e, s.ok_x)
